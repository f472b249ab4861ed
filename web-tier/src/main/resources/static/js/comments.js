// The comment form of post pages. The page anonymous readers get is cached and shared, so it cannot carry a
// CSRF token: an anonymous comment goes to the API without cookies (credentials: 'omit'), where CSRF is not
// asked for a request without a browser session. A signed-in reader's page is rendered for them and carries
// the token in data-csrf, sent as a header with their session cookie.
(function () {
  var form = document.getElementById('comment-form');
  if (!form) {
    return;
  }
  var status = form.querySelector('.comment-status');
  var replying = form.querySelector('.replying');
  var parentId = form.elements.parentId;

  document.querySelectorAll('button.reply').forEach(function (button) {
    button.addEventListener('click', function () {
      parentId.value = button.dataset.replyTo;
      replying.querySelector('.reply-name').textContent = button.dataset.replyName;
      replying.hidden = false;
      form.elements.body.focus();
    });
  });
  form.querySelector('.cancel-reply').addEventListener('click', function () {
    parentId.value = '';
    replying.hidden = true;
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var body = { body: form.elements.body.value, website: form.elements.website.value };
    if (parentId.value) {
      body.parentId = Number(parentId.value);
    }
    if (form.elements.name) {
      body.name = form.elements.name.value;
      body.email = form.elements.email.value;
    }
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (form.dataset.csrf) {
      headers[form.dataset.csrfHeader] = form.dataset.csrf;
    }
    status.textContent = 'Sending…';
    fetch(form.action, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify(body),
      credentials: form.dataset.csrf ? 'same-origin' : 'omit'
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (response.ok) {
          form.elements.body.value = '';
          status.textContent = json.status === 'APPROVED'
            ? 'Thank you: your comment is published (reload the page to see it).'
            : 'Thank you: your comment will appear once a moderator approves it.';
        } else {
          status.textContent = json.detail || ('The comment was refused (' + response.status + ').');
        }
      });
    }).catch(function () {
      status.textContent = 'The comment could not be sent; check your connection and try again.';
    });
  });
})();
