// <cc-speech-player src="..." starts="0.1,2.3,...">: plays a screen's speech, highlights the sentence being spoken
// ([data-sentence="i"] in the same <section>) and reports listening to the server as 'speech-listened' events.
// The page follows the highlighted sentence only until the patient scrolls by hand; pressing play (or play again)
// makes it follow again. The highlight itself always moves on.
(function () {
  if (customElements.get('cc-speech-player')) {
    return;
  }
  class SpeechPlayer extends HTMLElement {
    constructor() {
      super();
      // A wheel, a swipe or a scrolling key is the patient's own scroll. (Plain scroll events are not: the page
      // also scrolls itself, to the top of each new screen.)
      this.stopFollowing = () => this.follow(false);
      this.onKey = (event) => {
        const keys = ['PageDown', 'PageUp', 'ArrowDown', 'ArrowUp', 'Home', 'End', ' '];
        // On a control (a button, a choice, a field) these keys act on it; they scroll only from the page itself.
        const onControl = event.target instanceof Element && event.target.closest(
          'input, textarea, [contenteditable], button, [role=button], vaadin-button, vaadin-radio-button, vaadin-radio-group');
        if (keys.includes(event.key) && !onControl) this.follow(false);
      };
    }

    connectedCallback() {
      window.addEventListener('wheel', this.stopFollowing, { passive: true });
      window.addEventListener('touchmove', this.stopFollowing, { passive: true });
      window.addEventListener('keydown', this.onKey);
      if (this.audio) {
        return;
      }
      this.audio = document.createElement('audio');
      this.audio.preload = 'auto';
      this.audio.src = this.getAttribute('src');
      this.appendChild(this.audio);
      this.starts = (this.getAttribute('starts') || '').split(',').filter((s) => s !== '').map(Number);
      this.current = -1;
      this.replaying = false;
      this.follow(true);
      this.audio.addEventListener('timeupdate', () => this.highlight());
      this.audio.addEventListener('play', () => {
        this.follow(true);
        this.report(this.replaying ? 'REPLAYED' : 'STARTED');
        this.replaying = false;
        this.setAttribute('data-playing', 'true');
      });
      this.audio.addEventListener('pause', () => {
        this.removeAttribute('data-playing');
        if (!this.audio.ended) {
          this.report('PAUSED');
        }
      });
      this.audio.addEventListener('ended', () => {
        this.report('FINISHED');
        this.mark(-1);
      });
      if (this.hasAttribute('autoplay')) {
        this.play();
      }
    }

    disconnectedCallback() {
      window.removeEventListener('wheel', this.stopFollowing);
      window.removeEventListener('touchmove', this.stopFollowing);
      window.removeEventListener('keydown', this.onKey);
    }

    follow(on) {
      this.following = on;
      this.setAttribute('data-following', String(on));
    }

    play() {
      this.follow(true);
      return this.audio.play().catch(() => { /* the patient can press play */ });
    }

    pause() {
      this.audio.pause();
    }

    replay() {
      this.follow(true);
      this.replaying = true;
      this.audio.currentTime = 0;
      if (this.audio.paused) {
        this.play();
      } else {
        this.report('REPLAYED');
        this.replaying = false;
      }
    }

    heard() {
      const played = this.audio.played;
      let seconds = 0;
      for (let i = 0; i < played.length; i++) {
        seconds += played.end(i) - played.start(i);
      }
      return this.audio.duration ? Math.min(1, seconds / this.audio.duration) : 0;
    }

    highlight() {
      const time = this.audio.currentTime;
      let index = -1;
      this.starts.forEach((start, i) => { if (start <= time + 0.05) index = i; });
      this.mark(index);
    }

    mark(index) {
      if (index === this.current) {
        return;
      }
      const scope = this.closest('section') || document;
      // Only this player's own lines: a nested <section> (a glossary definition) has its own player.
      const own = (selector) => Array.from(scope.querySelectorAll(selector)).filter((e) => (e.closest('section') || document) === scope);
      const sentence = own('[data-sentence="' + index + '"]')[0];
      this.current = index;
      this.setAttribute('data-current-sentence', String(index));
      if (index >= 0 && !sentence) {
        return; // a line with no element of its own (a choice's description) keeps its owner highlighted
      }
      own('.cc-speaking').forEach((e) => e.classList.remove('cc-speaking'));
      if (sentence) {
        sentence.classList.add('cc-speaking');
        if (this.following) {
          sentence.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
        }
      }
    }

    report(action) {
      this.dispatchEvent(new CustomEvent('speech-listened', {
        detail: { action: action, position: this.audio.currentTime || 0, share: this.heard() }
      }));
    }
  }
  customElements.define('cc-speech-player', SpeechPlayer);
})();
