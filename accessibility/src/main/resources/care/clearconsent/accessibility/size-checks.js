// Arguments: minimum text size (px), minimum target size (px).
// Returns { checked: n, problems: [{rule, description, element}] } for the visible page, light DOM
// (Vaadin renders labels, inputs and messages there; shadow parts are styled from those hosts).
const minText = arguments[0];
const minTarget = arguments[1];
const problems = [];
let checked = 0;

function visible(element) {
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return false;
  const style = getComputedStyle(element);
  return style.visibility !== 'hidden' && style.display !== 'none' && !element.closest('[hidden]');
}

function describe(element) {
  let text = element.tagName.toLowerCase();
  if (element.id) text += '#' + element.id;
  const label = (element.getAttribute('aria-label') || element.textContent || '').trim().replace(/\s+/g, ' ');
  return text + (label ? ' "' + label.substring(0, 40) + '"' : '');
}

const targets = 'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=link],'
  + ' vaadin-button, vaadin-radio-button, vaadin-checkbox, vaadin-text-field, vaadin-password-field,'
  + ' vaadin-password-field-button, cc-signature-pad';
for (const element of document.querySelectorAll(targets)) {
  // A native input inside a Vaadin field or choice is sized by its host, which is checked itself.
  if (element.tagName === 'INPUT' && element.parentElement && element.parentElement.closest('vaadin-text-field, vaadin-password-field, vaadin-radio-button, vaadin-checkbox')) continue;
  if (!visible(element)) continue;
  checked++;
  const box = element.getBoundingClientRect();
  if (box.width + 0.5 < minTarget || box.height + 0.5 < minTarget) {
    problems.push({ rule: 'target-size', description: 'interactive element is ' + Math.round(box.width) + 'x' + Math.round(box.height)
      + ' px, needs at least ' + minTarget + 'x' + minTarget, element: describe(element) });
  }
}

const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const seen = new Set();
while (walker.nextNode()) {
  const node = walker.currentNode;
  const parent = node.parentElement;
  if (!parent || seen.has(parent) || !node.textContent.trim()) continue;
  if (parent.closest('script, style, noscript, template')) continue;
  seen.add(parent);
  if (!visible(parent)) continue;
  const size = parseFloat(getComputedStyle(parent).fontSize);
  if (size + 0.25 < minText) {
    problems.push({ rule: 'text-size', description: 'text is ' + size + ' px, needs at least ' + minText, element: describe(parent) });
  }
}
// Clipped text: an element with text of its own that cuts it off (an ellipsis, or hidden overflow with content larger
// than its box). Light DOM and open shadow roots alike: a component's own label part can clip too.
function ownText(element) {
  for (const child of element.childNodes) {
    if (child.nodeType === Node.TEXT_NODE && child.textContent.trim()) return true;
    if (child.nodeType === Node.ELEMENT_NODE && child.tagName === 'SLOT') {
      for (const assigned of child.assignedNodes({ flatten: true })) {
        if (assigned.textContent && assigned.textContent.trim()) return true;
      }
    }
  }
  return false;
}
function clips(element) {
  const style = getComputedStyle(element);
  const hidesX = ['hidden', 'clip'].includes(style.overflowX);
  const hidesY = ['hidden', 'clip'].includes(style.overflowY);
  const wider = element.scrollWidth > element.clientWidth + 1;
  const taller = element.scrollHeight > element.clientHeight + 1;
  if (style.textOverflow === 'ellipsis' && hidesX && wider) return 'cut off with an ellipsis';
  if ((hidesX && wider) || (hidesY && taller)) return 'cut off by hidden overflow';
  return null;
}
function checkClipping(root) {
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) checkClipping(element.shadowRoot);
    if (element.closest('script, style, noscript, template, [aria-hidden=true]') || !ownText(element) || !visible(element)) continue;
    const why = clips(element);
    if (why) {
      problems.push({ rule: 'clipped-text', description: 'text is ' + why + ' (' + element.scrollWidth + 'x' + element.scrollHeight
        + ' px of content in a ' + element.clientWidth + 'x' + element.clientHeight + ' px box)', element: describe(element) });
    }
  }
}
checkClipping(document);
return { checked: checked, problems: problems };
