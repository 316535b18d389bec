import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/text-field/src/vaadin-text-field.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '2c847901ead337f0ab824c0353ffa60b44dbb82bd0b5815908f7fa365147a6b1') {
    pending.push(import('./chunks/chunk-079fa0d5853cb7a14988692abf12afca50f69801b46b8052369764b83e9ef7ec.js'));
  }
  if (key === '0b36038d56cf7ebf20dc0135038165722f8868e851be281ced1e6cd018643479') {
    pending.push(import('./chunks/chunk-ce7366d75fb421b56d89d0e82f4d847f5608fcf98b5b33a7aa859c5c955c9df6.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}