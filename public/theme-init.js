// Before first paint, so a chosen theme never flashes the other one. A file, not inline: the CSP runs only scripts from 'self'.
try {
  var t = localStorage.getItem('rehearse:theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch {
  /* storage blocked: the system theme applies */
}
// Tests set this flag to collect Content-Security-Policy violations from the very first script on.
try {
  if (localStorage.getItem('rehearse:watch-csp')) {
    var seen = (window.__cspViolations = []);
    document.addEventListener('securitypolicyviolation', function (e) {
      seen.push(e.effectiveDirective + ' ' + (e.blockedURI || 'inline'));
    });
  }
} catch {
  /* storage blocked: nothing to watch */
}
