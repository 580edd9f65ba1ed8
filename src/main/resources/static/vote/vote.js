// Fast keyboard entry of confidence-vote ballots. Plain JS on /api/votes/{voteId}/... with the Tasklist session
// cookie (same origin) or HTTP Basic when there is no session. Nothing is kept in the browser after a reload.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const LEVEL_KEYS = { '1': 0, '2': 1, '3': 2 };
  let auth = null, vote = null, candidates = [], rows = [], current = 0, otherText = false, signed = false;

  const params = new URLSearchParams(location.search);
  if (params.get('voteId')) $('voteId').value = params.get('voteId');
  if (params.get('clerk')) $('clerk').value = params.get('clerk');

  async function api(method, path, body) {
    const headers = { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    if (auth) headers['Authorization'] = auth;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch('/api/votes/' + encodeURIComponent($('voteId').value.trim()) + path,
      { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
    if (res.status === 401) { $('login').hidden = false; throw new Error('Cần đăng nhập (nhập tài khoản và mật khẩu rồi bấm Mở)'); }
    const type = res.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await res.json() : null;
    if (!res.ok) throw new Error((data && data.message) || ('Lỗi ' + res.status));
    return data;
  }

  function show(text, ok) { const m = $('message'); m.textContent = text; m.className = ok ? 'ok' : 'err'; }

  $('setup').addEventListener('submit', async (e) => {
    e.preventDefault();
    if ($('user').value) auth = 'Basic ' + btoa(unescape(encodeURIComponent($('user').value + ':' + $('password').value)));
    try {
      const form = await api('GET', '/ballot-form');
      vote = form.vote; candidates = form.candidates;
      $('header-info').textContent = vote.unitName + ' — năm ' + vote.year + ' — ngày lấy phiếu ' + vote.voteDate
        + ' — trạng thái ' + vote.status + ' — phiếu hỏng: ' + (vote.scope === 'BALLOT' ? 'cả phiếu' : 'chỉ tên đó');
      $('lnk-minutes').href = '/api/votes/' + vote.id + '/minutes.pdf';
      $('entry').hidden = false;
      counts(form);
      build();
      newBallot(form.enteredA + form.enteredB > 0 ? '' : '001');
    } catch (err) { show(err.message, false); }
  });

  function counts(form) {
    $('counts').textContent = 'Đã phát ' + form.issued + ' · lượt A đã nhập ' + form.enteredA + ' · lượt B đã nhập ' + form.enteredB;
  }

  function build() {
    const body = document.querySelector('#ballot tbody');
    body.innerHTML = '';
    rows = candidates.map((c, i) => {
      const tr = document.createElement('tr');
      tr.innerHTML = '<td>' + (i + 1) + '</td><td></td><td></td><td class="box"></td><td class="box"></td><td class="box"></td><td class="note"></td>';
      tr.children[1].textContent = c.fullName;
      tr.children[2].textContent = c.positionTitle;
      tr.addEventListener('click', () => { current = i; render(); });
      body.appendChild(tr);
      return { tr, boxes: [false, false, false], struck: false, text: false };
    });
  }

  function newBallot(serial) {
    rows.forEach(r => { r.boxes = [false, false, false]; r.struck = false; r.text = false; });
    otherText = false; signed = false; current = 0;
    $('serial').value = serial;
    render();
    $('serial').focus();
    $('serial').select();
  }

  function render() {
    rows.forEach((r, i) => {
      for (let b = 0; b < 3; b++) r.tr.children[3 + b].textContent = r.boxes[b] ? '✕' : '';
      const n = r.boxes.filter(Boolean).length;
      const notes = [];
      if (r.struck) notes.push('gạch tên');
      if (r.text) notes.push('ghi thêm');
      if (n !== 1) notes.push(n === 0 ? 'chưa đánh dấu' : n + ' ô');
      r.tr.children[6].textContent = notes.join(', ');
      r.tr.classList.toggle('bad', r.struck || r.text || n > 1);
      r.tr.classList.toggle('current', i === current && document.activeElement !== $('serial'));
    });
    $('flags').textContent = [otherText ? 'Ghi thêm ngoài danh sách' : '', signed ? 'Có ký tên' : ''].filter(Boolean).join(' · ');
  }

  function marks() {
    return rows.map(r => (r.boxes[0] ? '1' : '') + (r.boxes[1] ? '2' : '') + (r.boxes[2] ? '3' : '') + (r.struck ? 'S' : '') + (r.text ? 'T' : ''));
  }

  function nextSerial(s) {
    const m = /^(.*?)(\d+)$/.exec(s);
    if (!m) return '';
    const n = String(Number(m[2]) + 1);
    return m[1] + n.padStart(m[2].length, '0');
  }

  async function save() {
    const serial = $('serial').value.trim();
    if (!serial) { show('Chưa nhập số phiếu', false); $('serial').focus(); return; }
    try {
      const r = await api('POST', '/entries/' + $('clerk').value, { serial, marks: marks(), otherText, signed });
      const v = r.verdict;
      show('Đã lưu phiếu ' + serial + ' (lượt ' + r.clerk + '): ' + (v.ballotValid ? 'hợp lệ' : 'KHÔNG hợp lệ — ' + v.reasons.join('; ')), true);
      counts(await api('GET', '/ballot-form'));
      newBallot(nextSerial(serial));
    } catch (err) { show('Phiếu ' + serial + ': ' + err.message, false); }
  }

  $('serial').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === 'Tab') { e.preventDefault(); $('serial').blur(); current = 0; render(); }
  });
  $('serial').addEventListener('blur', render);

  document.addEventListener('keydown', (e) => {
    if ($('entry').hidden || document.activeElement === $('serial') || e.target.tagName === 'INPUT' || e.target.tagName === 'SELECT') return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const k = e.key.toUpperCase();
    const row = rows[current];
    if (k in LEVEL_KEYS) { row.boxes[LEVEL_KEYS[k]] = !row.boxes[LEVEL_KEYS[k]]; current = Math.min(current + 1, rows.length - 1); }
    else if (k === '0') { current = Math.min(current + 1, rows.length - 1); }
    else if (k === 'S') { row.struck = !row.struck; }
    else if (k === 'T') { row.text = !row.text; }
    else if (k === 'X') { otherText = !otherText; }
    else if (k === 'K') { signed = !signed; }
    else if (e.key === 'ArrowUp' || e.key === 'Backspace') { current = Math.max(current - 1, 0); }
    else if (e.key === 'ArrowDown') { current = Math.min(current + 1, rows.length - 1); }
    else if (e.key === 'Enter') { e.preventDefault(); save(); return; }
    else if (e.key === 'Escape') { newBallot($('serial').value); return; }
    else return;
    e.preventDefault();
    render();
  });

  $('btn-diffs').addEventListener('click', async () => {
    try {
      const list = await api('GET', '/disagreements');
      $('board-output').textContent = list.length === 0 ? 'Hai lượt nhập khớp nhau.'
        : list.map(d => 'Phiếu ' + d.serial + ': ' + d.problem + ' — A ' + JSON.stringify(d.clerkA) + ' / B ' + JSON.stringify(d.clerkB)).join('\n')
          + '\nĐối chiếu phiếu giấy rồi sửa qua POST /api/votes/' + vote.id + '/corrections (có lý do).';
    } catch (err) { $('board-output').textContent = err.message; }
  });
  $('btn-tally').addEventListener('click', async () => {
    try {
      const t = await api('POST', '/tally');
      $('board-output').textContent = t.lines.map(l => l.fullName + ' — thu về ' + l.collected + ', hợp lệ ' + l.valid + ': cao '
        + l.high + ' (' + l.highPercent + '%), tín nhiệm ' + l.medium + ' (' + l.mediumPercent + '%), thấp ' + l.low + ' (' + l.lowPercent + '%)').join('\n');
    } catch (err) { $('board-output').textContent = err.message; }
  });
  $('btn-seal').addEventListener('click', async () => {
    if (!confirm('Niêm phong: sau đó không sửa được gì nữa. Tiếp tục?')) return;
    try { await api('POST', '/seal'); $('board-output').textContent = 'Đã niêm phong.'; }
    catch (err) { $('board-output').textContent = err.message; }
  });
})();
