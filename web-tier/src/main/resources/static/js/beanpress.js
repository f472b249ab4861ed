// What the author's pages share: the server's refusals in words a person understands,
// and the Markdown that shows an image. Loaded before the page's own scripts.
window.beanpress = (function () {
  function megabytes(bytes) {
    return (bytes / (1024 * 1024)).toLocaleString('en', {maximumFractionDigits: 1}) + ' MB';
  }

  // One sentence for a failed request: the problem's detail where the server already says
  // what to do (400, 409, 415, 422), plainer words where it speaks in bytes or headers.
  function explain(request, limits) {
    let detail = '';
    try { detail = JSON.parse(request.responseText).detail || ''; } catch (e) { /* not JSON */ }
    switch (request.status) {
      case 0: return 'The connection broke; check your network and try again.';
      case 401: return 'You are no longer logged in: log in again in another tab, then retry.';
      case 403: return detail || 'Your account may not do this.';
      case 413: return limits && limits.maxBytes
        ? 'This file is larger than the ' + megabytes(limits.maxBytes) + ' limit.'
        : 'This is larger than the server accepts.';
      case 415: return detail || 'This file is not a JPEG, PNG, GIF or WebP image.';
      case 429: {
        const wait = request.getResponseHeader('Retry-After');
        return 'Too many requests for now: wait ' + (wait ? wait + ' seconds' : 'a little') + ' and try again.';
      }
      default:
        if (request.status >= 500) return 'Something went wrong on the server (' + request.status + '); try again later.';
        return detail || 'The request was refused (' + request.status + ').';
    }
  }

  // the same escaping as MediaView.markdown(): brackets and backslashes, one line
  function imageMarkdown(alt, url) {
    return '![' + (alt || '').replace(/[\[\]\\]/g, '\\$&').replace(/\s+/g, ' ').trim() + '](' + url + ')';
  }

  // the smallest variant to show in a list: the 150 px thumbnail when it exists
  function thumbnailUrl(media) {
    const variants = media.variants || [];
    const thumbnail = variants.find(function (v) { return v.size === 'thumbnail'; });
    return thumbnail ? thumbnail.url : (variants.length ? variants[variants.length - 1].url : null);
  }

  return {explain: explain, megabytes: megabytes, imageMarkdown: imageMarkdown, thumbnailUrl: thumbnailUrl};
})();
