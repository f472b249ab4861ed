// The editor's live preview and image picker. The preview is the server's rendering
// (POST /api/preview: the same Markdown renderer and sanitizer as a save), asked for a
// moment after the typing stops; only the newest answer is shown. The picker lists the
// author's media (GET /api/media) and inserts an image's Markdown at the cursor.
(function () {
  const form = document.getElementById('editor');
  if (!form) return;
  const DEBOUNCE_MS = 300;
  const markdown = form.querySelector('[name=markdown]');
  const preview = document.getElementById('preview');
  const previewStatus = document.getElementById('preview-status');
  const csrfHeader = form.dataset.csrfHeader;
  const csrfToken = form.dataset.csrfToken;

  let timer = null;
  let asked = 0;
  let shown = 0;

  function render() {
    const mine = ++asked;
    const request = new XMLHttpRequest();
    request.open('POST', preview.dataset.previewUrl);
    request.setRequestHeader('Content-Type', 'application/json');
    request.setRequestHeader(csrfHeader, csrfToken);
    request.onload = function () {
      if (mine < shown) return; // an older answer that arrived late
      shown = mine;
      if (request.status === 200) {
        // sanitized on the server; and the page's CSP runs no inline script anyway
        preview.innerHTML = JSON.parse(request.responseText).html;
        previewStatus.textContent = '';
      } else {
        previewStatus.textContent = 'No preview: ' + beanpress.explain(request);
      }
    };
    request.onerror = function () { previewStatus.textContent = 'No preview: ' + beanpress.explain(request); };
    request.send(JSON.stringify({markdown: markdown.value}));
  }

  markdown.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(render, DEBOUNCE_MS);
  });
  render();

  // ---- image picker
  const open = document.getElementById('insert-image');
  const picker = document.getElementById('media-picker');
  const items = picker.querySelector('.picker-items');
  const pickerStatus = picker.querySelector('.picker-status');
  let cursor = {start: markdown.value.length, end: markdown.value.length};

  function insert(text) {
    const before = markdown.value.slice(0, cursor.start);
    // on a line of its own, so the page shows it as a figure with its caption
    const lead = before === '' || before.endsWith('\n\n') ? '' : (before.endsWith('\n') ? '\n' : '\n\n');
    markdown.setRangeText(lead + text + '\n\n', cursor.start, cursor.end, 'end');
    picker.close();
    markdown.focus();
    markdown.dispatchEvent(new Event('input'));
  }

  function item(media) {
    const entry = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'pick';
    const url = beanpress.thumbnailUrl(media);
    if (url) {
      const image = document.createElement('img');
      image.src = url;
      image.alt = ''; // the button's text names it
      image.width = 75;
      image.height = 75;
      button.append(image);
    }
    const label = document.createElement('span');
    label.textContent = media.altText ? media.altText : media.filename + ' (no alt text yet)';
    button.append(label);
    if (media.status !== 'READY') {
      const state = document.createElement('span');
      state.className = 'meta';
      state.textContent = media.status === 'FAILED' ? ' could not be processed' : ' still processing';
      button.append(state);
    }
    button.addEventListener('click', function () { insert(beanpress.imageMarkdown(media.altText, media.url)); });
    entry.append(button);
    return entry;
  }

  function load() {
    items.replaceChildren();
    pickerStatus.textContent = 'Loading your media\u2026';
    const request = new XMLHttpRequest();
    request.open('GET', '/api/media');
    request.onload = function () {
      if (request.status !== 200) {
        pickerStatus.textContent = beanpress.explain(request);
        return;
      }
      const media = JSON.parse(request.responseText);
      pickerStatus.textContent = media.length ? '' : 'No media yet: upload images in the library first.';
      media.forEach(function (one) { items.append(item(one)); });
      const first = items.querySelector('button');
      if (first) first.focus();
    };
    request.onerror = function () { pickerStatus.textContent = beanpress.explain(request); };
    request.send();
  }

  open.hidden = false;
  open.addEventListener('click', function () {
    cursor = {start: markdown.selectionStart, end: markdown.selectionEnd};
    picker.showModal();
    load();
  });
})();
