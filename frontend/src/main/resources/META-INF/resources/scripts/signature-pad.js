// <cc-signature-pad>: a canvas to sign on with a finger, stylus or mouse (pointer events).
// The server reads the drawing with toDataURL(); nothing is sent until the patient presses "Sign".
(function () {
  if (customElements.get('cc-signature-pad')) {
    return;
  }
  class SignaturePad extends HTMLElement {
    connectedCallback() {
      if (this.canvas) {
        return;
      }
      this.canvas = document.createElement('canvas');
      this.canvas.setAttribute('role', 'img');
      this.canvas.setAttribute('aria-label', this.getAttribute('label') || 'Signature');
      // Reachable by keyboard, and cleared with Delete or Backspace; a signer who cannot draw types or confirms instead.
      this.canvas.tabIndex = 0;
      this.canvas.addEventListener('keydown', (e) => {
        if (e.key === 'Delete' || e.key === 'Backspace') {
          e.preventDefault();
          this.clear();
        }
      });
      this.appendChild(this.canvas);
      this.strokes = 0;
      this.drawing = false;
      this.resize();
      new ResizeObserver(() => this.resize()).observe(this);
      this.canvas.addEventListener('pointerdown', (e) => this.start(e));
      this.canvas.addEventListener('pointermove', (e) => this.move(e));
      ['pointerup', 'pointercancel', 'pointerleave'].forEach((type) => this.canvas.addEventListener(type, () => this.end()));
    }

    resize() {
      const ratio = window.devicePixelRatio || 1;
      const width = Math.max(1, Math.round(this.clientWidth * ratio));
      const height = Math.max(1, Math.round(this.clientHeight * ratio));
      if (this.canvas.width === width && this.canvas.height === height) {
        return;
      }
      const previous = this.strokes > 0 ? this.canvas.toDataURL() : null;
      this.canvas.width = width;
      this.canvas.height = height;
      const context = this.canvas.getContext('2d');
      context.scale(ratio, ratio);
      context.lineWidth = 3;
      context.lineCap = 'round';
      context.lineJoin = 'round';
      context.strokeStyle = '#000000';
      if (previous) {
        const image = new Image();
        image.onload = () => context.drawImage(image, 0, 0, this.clientWidth, this.clientHeight);
        image.src = previous;
      }
    }

    point(e) {
      const box = this.canvas.getBoundingClientRect();
      return { x: e.clientX - box.left, y: e.clientY - box.top };
    }

    start(e) {
      e.preventDefault();
      this.canvas.setPointerCapture && this.canvas.setPointerCapture(e.pointerId);
      this.drawing = true;
      const p = this.point(e);
      const context = this.canvas.getContext('2d');
      context.beginPath();
      context.moveTo(p.x, p.y);
      context.lineTo(p.x + 0.1, p.y + 0.1);
      context.stroke();
    }

    move(e) {
      if (!this.drawing) {
        return;
      }
      e.preventDefault();
      const p = this.point(e);
      const context = this.canvas.getContext('2d');
      context.lineTo(p.x, p.y);
      context.stroke();
    }

    end() {
      if (this.drawing) {
        this.drawing = false;
        this.strokes++;
        this.setAttribute('data-strokes', String(this.strokes));
        // Lets the page clear an "please sign" message as soon as there is ink.
        this.dispatchEvent(new CustomEvent('signature-drawn', { detail: { strokes: this.strokes } }));
      }
    }

    clear() {
      const context = this.canvas.getContext('2d');
      context.save();
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, this.canvas.width, this.canvas.height);
      context.restore();
      this.strokes = 0;
      this.setAttribute('data-strokes', '0');
    }

    toDataURL() {
      return this.strokes > 0 ? this.canvas.toDataURL('image/png') : '';
    }
  }
  customElements.define('cc-signature-pad', SignaturePad);
})();
