// Autosaves the editor's text every few seconds while it changes, as a draft copy
// beside the post (not published, no revision). The session cookie authenticates, the
// CSRF header proves the request comes from this page. Saving the post deletes the copy
// on the server, so autosaving stops once the form is submitted.
(function () {
  const form = document.getElementById('editor');
  if (!form) return;
  const INTERVAL_MS = 5000;
  const title = form.querySelector('[name=title]');
  const markdown = form.querySelector('[name=markdown]');
  const version = form.querySelector('[name=version]');
  const status = document.getElementById('autosave-status');
  let saved = title.value + '\u0000' + markdown.value;
  let sending = false;

  function autosave() {
    const current = title.value + '\u0000' + markdown.value;
    if (sending || current === saved) return;
    sending = true;
    const request = new XMLHttpRequest();
    request.open('PUT', form.dataset.autosaveUrl);
    request.setRequestHeader('Content-Type', 'application/json');
    request.setRequestHeader(form.dataset.csrfHeader, form.dataset.csrfToken);
    request.onload = function () {
      sending = false;
      if (request.status === 200) {
        saved = current;
        status.textContent = 'Autosaved at ' + new Date().toLocaleTimeString() + ' (not published).';
      } else {
        let detail = 'Autosave failed (' + request.status + ').';
        try { detail = JSON.parse(request.responseText).detail || detail; } catch (e) { /* not JSON */ }
        status.textContent = detail;
      }
    };
    request.onerror = function () {
      sending = false;
      status.textContent = 'Autosave failed: no connection. Your text is still here; save when you are back online.';
    };
    request.send(JSON.stringify({
      title: title.value,
      markdown: markdown.value,
      version: version && version.value !== '' ? Number(version.value) : null
    }));
  }

  const timer = window.setInterval(autosave, INTERVAL_MS);
  form.addEventListener('submit', function () { window.clearInterval(timer); });
})();
