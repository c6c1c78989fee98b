// The day page: accept a line or a whole group as due, and keep each group's typed totals up to date.
// Without this script the same buttons ask the server to fill the lines, and the totals show after posting.
(function () {
  'use strict';

  function read(text) {
    var t = (text || '').replace(/[\s\u00a0₫đ]/g, '');
    if (t === '') return 0;
    if (/^[0-9]+$/.test(t)) return parseInt(t, 10);
    if (/^[0-9]{1,3}(\.[0-9]{3})+$/.test(t)) return parseInt(t.replace(/\./g, ''), 10);
    return NaN;
  }

  function print(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.') + ' ₫';
  }

  function fill(row) {
    var due = { interest: row.dataset.interestDue, principal: row.dataset.principalDue, deposit: row.dataset.depositDue };
    row.querySelectorAll('input.amount').forEach(function (input) {
      var value = due[input.dataset.kind];
      if (value !== undefined) input.value = value === '0' ? '' : print(parseInt(value, 10)).replace(' ₫', '');
    });
  }

  function total(form) {
    form.querySelectorAll('[data-sum]').forEach(function (cell) {
      var sum = 0, bad = false;
      form.querySelectorAll('input.amount[data-kind="' + cell.dataset.sum + '"]').forEach(function (input) {
        var n = read(input.value);
        input.classList.toggle('is-invalid', isNaN(n));
        if (isNaN(n)) bad = true; else sum += n;
      });
      cell.textContent = bad ? '?' : print(sum);
    });
  }

  document.querySelectorAll('form.sheet-form').forEach(function (form) {
    form.addEventListener('input', function () { total(form); });
    form.querySelectorAll('button.accept-line').forEach(function (button) {
      button.addEventListener('click', function (e) {
        e.preventDefault();
        fill(button.closest('tr'));
        total(form);
      });
    });
    form.querySelectorAll('button.accept-group').forEach(function (button) {
      button.addEventListener('click', function (e) {
        e.preventDefault();
        form.querySelectorAll('tr[data-line]').forEach(fill);
        total(form);
      });
    });
    form.addEventListener('submit', function (e) {
      // one click posts once: the token makes a second post harmless, this spares the wait
      if (form.dataset.sent === 'true' && !e.submitter?.name) { e.preventDefault(); return; }
      if (!e.submitter || !e.submitter.name) form.dataset.sent = 'true';
    });
    total(form);
  });
})();
