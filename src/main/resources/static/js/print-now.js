// The print view's button: the browser's print dialog for this page.
(function () {
  var button = document.getElementById('print-now');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
})();
