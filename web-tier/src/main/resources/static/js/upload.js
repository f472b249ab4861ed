// Uploads the chosen file to the API with a progress bar; the session cookie authenticates, the CSRF header proves
// the request comes from this page.
(function () {
  const form = document.getElementById('upload');
  if (!form) return;
  const input = form.querySelector('input[type=file]');
  const progress = document.getElementById('progress');
  const status = document.getElementById('upload-status');
  input.addEventListener('change', function () {
    const file = input.files[0];
    if (!file) return;
    if (file.size > Number(form.dataset.maxBytes)) {
      status.textContent = 'The file is larger than the upload limit of ' + form.dataset.maxBytes + ' bytes.';
      return;
    }
    const body = new FormData();
    body.append('file', file);
    const request = new XMLHttpRequest();
    request.open('POST', '/api/media');
    request.setRequestHeader(form.dataset.csrfHeader, form.dataset.csrfToken);
    request.upload.onprogress = function (event) {
      if (event.lengthComputable) progress.value = Math.round(100 * event.loaded / event.total);
    };
    request.onload = function () {
      progress.hidden = true;
      if (request.status === 200 || request.status === 201) {
        status.textContent = 'Uploaded; the image is being processed.';
        window.location.reload();
      } else {
        let detail = 'The upload failed (' + request.status + ').';
        try { detail = JSON.parse(request.responseText).detail || detail; } catch (e) { /* not JSON */ }
        status.textContent = detail;
      }
    };
    request.onerror = function () { status.textContent = 'The upload failed: the connection broke.'; };
    progress.hidden = false;
    progress.value = 0;
    status.textContent = 'Uploading…';
    request.send(body);
  });
})();
