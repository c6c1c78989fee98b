// The loan-book import page: sends the file in the background and follows the import until it has ended,
// then opens its result. Without this script the form posts as usual and the answer comes when all is done.
(function () {
  'use strict';
  var form = document.getElementById('import-form');
  var box = document.getElementById('import-progress');
  if (!form || !box || !window.FormData || !window.XMLHttpRequest || !window.fetch) {
    return;
  }
  var bar = document.getElementById('import-progress-bar');
  var label = document.getElementById('import-progress-text');
  var clientError = document.getElementById('import-client-error');
  var submit = document.getElementById('import-submit');

  function fail(message) {
    box.hidden = true;
    submit.disabled = false;
    clientError.textContent = message;
    clientError.hidden = false;
  }

  function show(status) {
    var text = status.phase;
    if (status.rowsRead > 0) {
      text += ' — ' + form.dataset.rows.replace('{0}', status.rowsRead.toLocaleString('vi-VN'));
    }
    label.textContent = text;
    if (status.percentRead >= 0 && status.percentRead < 100) {
      bar.value = status.percentRead;
    } else {
      bar.removeAttribute('value');
    }
  }

  function follow(statusUrl) {
    fetch(statusUrl, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (status) {
        show(status);
        if (status.finished) {
          window.location.assign(status.resultUrl);
        } else {
          window.setTimeout(function () { follow(statusUrl); }, 700);
        }
      })
      .catch(function () { fail(form.dataset.failed); });
  }

  form.addEventListener('submit', function (event) {
    var input = form.querySelector('input[type=file]');
    var file = input.files && input.files[0];
    var max = Number(form.dataset.maxBytes);
    event.preventDefault();
    clientError.hidden = true;
    if (file && max && file.size > max) {
      fail(form.dataset.tooLarge);
      return;
    }
    box.hidden = false;
    submit.disabled = true;
    label.textContent = form.dataset.uploading;
    bar.value = 0;
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.dataset.jobsUrl);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(e.loaded * 100 / e.total);
      }
    };
    xhr.onload = function () {
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = null; }
      if (xhr.status === 202 && body) {
        show(body);
        follow(body.statusUrl);
      } else if (body && body.error) {
        fail(body.error);
      } else {
        fail(form.dataset.failed);
      }
    };
    xhr.onerror = function () { fail(form.dataset.failed); };
    xhr.send(new FormData(form));
  });

  if (box.dataset.statusUrl) {
    follow(box.dataset.statusUrl);
  }
})();
