// Shared helpers of the ranking pages: same-origin calls to /api/ranking with the Tasklist session (or Basic).
const params = new URLSearchParams(location.search);

async function api(method, url, body) {
  const res = await fetch(url, {
    method, credentials: 'same-origin',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const err = new Error((data && data.message) || ('Lỗi ' + res.status));
    err.field = data && data.field;
    err.status = res.status;
    throw err;
  }
  return data;
}

function show(el, message, ok) {
  el.className = ok ? 'ok' : 'error';
  el.textContent = message;
}

function esc(s) {
  return String(s == null ? '' : s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
}
