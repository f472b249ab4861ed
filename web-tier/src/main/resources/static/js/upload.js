// Uploads the chosen files to the API at once, each in its own row with a progress bar
// (XHR upload progress), then polls each new image until the worker has made it READY
// or FAILED, so its status changes without reloading the page. A refusal (413, 415,
// 422, 429...) is said in the file's own row. The session cookie authenticates, the CSRF
// header proves the request comes from this page.
(function () {
  const POLL_MS = 1000;
  const POLL_LIMIT = 600;
  document.querySelectorAll('form.upload').forEach(function (form) {
    const input = form.querySelector('input[type=file]');
    const rows = form.querySelector('.uploads');
    const limits = {maxBytes: Number(form.dataset.maxBytes)};

    function row(file) {
      const item = document.createElement('li');
      item.className = 'upload-row';
      const name = document.createElement('span');
      name.className = 'upload-name';
      name.textContent = file.name;
      const progress = document.createElement('progress');
      progress.max = 100;
      progress.value = 0;
      progress.setAttribute('aria-label', 'Upload of ' + file.name);
      const state = document.createElement('span');
      state.className = 'upload-state';
      state.setAttribute('role', 'status');
      item.append(name, progress, state);
      rows.append(item);
      return {item: item, progress: progress, state: state};
    }

    function failed(shown, message) {
      shown.item.classList.add('failed');
      shown.progress.hidden = true;
      shown.state.textContent = message;
    }

    function ready(shown, media) {
      shown.item.classList.add('ready');
      shown.state.textContent = 'Ready: insert it from the editor\u2019s image picker.';
      const url = beanpress.thumbnailUrl(media);
      if (url) {
        const image = document.createElement('img');
        image.src = url;
        image.alt = media.altText || '';
        image.width = 75;
        shown.item.prepend(image);
      }
    }

    function poll(shown, id, round) {
      const request = new XMLHttpRequest();
      request.open('GET', '/api/media/' + id);
      request.onload = function () {
        if (request.status !== 200) return failed(shown, beanpress.explain(request, limits));
        const media = JSON.parse(request.responseText);
        if (media.status === 'READY') return ready(shown, media);
        if (media.status === 'FAILED') return failed(shown, 'Could not be processed: ' + media.failureReason);
        if (round >= POLL_LIMIT) {
          shown.state.textContent = 'Still processing; reload the page later to see it.';
          return;
        }
        window.setTimeout(function () { poll(shown, id, round + 1); }, POLL_MS);
      };
      request.onerror = function () { window.setTimeout(function () { poll(shown, id, round + 1); }, POLL_MS); };
      request.send();
    }

    function upload(file) {
      const shown = row(file);
      if (file.size > limits.maxBytes) {
        return failed(shown, 'This file is larger than the ' + beanpress.megabytes(limits.maxBytes) + ' limit.');
      }
      const body = new FormData();
      body.append('file', file);
      const request = new XMLHttpRequest();
      request.open('POST', '/api/media');
      request.setRequestHeader(form.dataset.csrfHeader, form.dataset.csrfToken);
      request.upload.onprogress = function (event) {
        if (event.lengthComputable) shown.progress.value = Math.round(100 * event.loaded / event.total);
      };
      request.onload = function () {
        if (request.status !== 200 && request.status !== 201) return failed(shown, beanpress.explain(request, limits));
        shown.progress.value = 100;
        shown.progress.hidden = true;
        const media = JSON.parse(request.responseText);
        shown.item.dataset.id = media.id;
        shown.state.textContent = 'Uploaded; processing\u2026';
        poll(shown, media.id, 0);
      };
      request.onerror = function () { failed(shown, beanpress.explain(request, limits)); };
      shown.state.textContent = 'Uploading\u2026';
      request.send(body);
    }

    input.addEventListener('change', function () {
      Array.from(input.files).forEach(upload);
      input.value = '';
    });
  });
})();
