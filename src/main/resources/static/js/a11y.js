// The menu entry of the page one is on is announced as such (aria-current), the layout marking it "active".
(function () {
  document.querySelectorAll('.portal-navbar .nav-link.active').forEach(function (link) {
    link.setAttribute('aria-current', 'page');
  });
  // A form shown again with errors: focus its first wrong field, or the summary above it.
  var first = document.querySelector('main [aria-invalid="true"], main .form-error-summary');
  if (first) { first.focus(); }
})();
