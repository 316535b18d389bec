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
return { checked: checked, problems: problems };
