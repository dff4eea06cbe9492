// Loaded first by page.html: records every CSP violation the page causes.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
);
