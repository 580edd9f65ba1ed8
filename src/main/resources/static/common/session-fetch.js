// Our pages call /api with the session of the Camunda web apps (Tasklist/Cockpit login). State-changing calls made
// with that session must carry the web apps' CSRF token in the header X-XSRF-TOKEN (docs/security.md). This script,
// loaded before a page's own scripts, adds it to every same-origin POST/PUT/PATCH/DELETE to /api that is not sent
// with HTTP Basic. The token comes from GET /api/auth/csrf (once per page; fetched again after a CSRF refusal).
(function () {
  const plainFetch = window.fetch.bind(window);
  const SAFE = ['GET', 'HEAD', 'OPTIONS'];
  let token = null;

  async function loadToken() {
    const r = await plainFetch('/api/auth/csrf', {
      credentials: 'same-origin', headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
    });
    token = r.ok ? await r.json() : null;
    return token;
  }

  function needsToken(url, options) {
    const method = ((options && options.method) || 'GET').toUpperCase();
    if (SAFE.includes(method)) return false;
    const target = new URL(typeof url === 'string' ? url : url.url, location.href);
    if (target.origin !== location.origin || !target.pathname.startsWith('/api/')) return false;
    const headers = new Headers((options && options.headers) || {});
    return !headers.has('Authorization');
  }

  async function withToken(url, options, fresh) {
    const t = fresh || !token ? await loadToken() : token;
    const headers = new Headers((options && options.headers) || {});
    if (t && t.token) headers.set(t.headerName, t.token);
    if (!headers.has('X-Requested-With')) headers.set('X-Requested-With', 'XMLHttpRequest');
    return plainFetch(url, Object.assign({}, options, { headers, credentials: 'same-origin' }));
  }

  window.fetch = async function (url, options) {
    if (!needsToken(url, options)) return plainFetch(url, options);
    const res = await withToken(url, options, false);
    if (res.status !== 403 || (options && options.body instanceof ReadableStream)) return res;
    const again = res.clone();
    let body = null;
    try { body = await again.json(); } catch (e) { return res; }
    return body && body.message && body.message.includes('CSRF') ? withToken(url, options, true) : res;
  };
})();
