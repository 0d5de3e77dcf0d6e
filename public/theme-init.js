// Before first paint, so a chosen theme never flashes the other one. A file, not inline: the CSP runs only scripts from 'self'.
try {
  var t = localStorage.getItem('rehearse:theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
  // A user who has practised gets a wait where a new user's home page is drawn (src/practice/started.ts).
  if (localStorage.getItem('rehearse:started') !== null) document.documentElement.dataset.started = '';
} catch {
  /* storage blocked: the system theme applies, and the home page is drawn as for a new user */
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
