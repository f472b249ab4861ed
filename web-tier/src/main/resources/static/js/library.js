// Saves an item's alt text and caption inline through the API (PATCH /api/media/{id}) and keeps its 'insert'
// Markdown in step with the alt text, so an image inserted from the library carries it, not its file name.
(function () {
  const upload = document.getElementById('upload');
  if (!upload) return;
  const csrfHeader = upload.dataset.csrfHeader;
  const csrfToken = upload.dataset.csrfToken;

  document.querySelectorAll('.media-item').forEach(function (item) {
    const form = item.querySelector('form.media-text');
    const status = form.querySelector('.media-text-status');
    const insert = item.querySelector('code.insert');
    const copy = item.querySelector('button.copy-insert');
    if (navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener('click', function () {
        navigator.clipboard.writeText(insert.textContent).then(function () { status.textContent = 'Copied.'; });
      });
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      const body = {altText: form.elements.altText.value, caption: form.elements.caption.value};
      status.textContent = 'Saving…';
      fetch('/api/media/' + item.dataset.id, {
        method: 'PATCH',
        headers: {'Content-Type': 'application/json', [csrfHeader]: csrfToken},
        body: JSON.stringify(body)
      }).then(function (response) {
        return response.json().then(function (json) {
          if (!response.ok) throw new Error(json.detail || ('Not saved (' + response.status + ').'));
          insert.textContent = beanpress.imageMarkdown(json.altText, json.url);
          status.textContent = 'Saved.';
        });
      }).catch(function (error) { status.textContent = error.message; });
    });
  });
})();
