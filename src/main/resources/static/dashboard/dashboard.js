// Deadline dashboard of the annual cycle: plain JS, inline SVG charts, no external resources.
(function () {
  'use strict';
  var STAGES = ['REVIEW', 'RANKING', 'VOTE', 'EVALUATION', 'COMMENDATION'];
  var STATES = ['DONE', 'OPEN', 'LATE', 'PAUSED', 'PENDING'];
  var STATE_LABEL = { DONE: 'Hoàn thành', OPEN: 'Đang thực hiện', LATE: 'Chậm', PAUSED: 'Tạm dừng', PENDING: 'Chưa mở' };
  var COLOR = { DONE: '#3c9a4f', OPEN: '#3f7ad6', LATE: '#d04545', PAUSED: '#e0a526', PENDING: '#b8bec6' };

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function svg(tag, attrs, text) {
    var e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function date(iso) {
    return iso ? new Date(iso).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '';
  }
  function dateTime(iso) {
    return iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '';
  }
  function dayMonth(localDate) { // "2013-12-24" -> "24/12/2013"
    var p = localDate.split('-');
    return p[2] + '/' + p[1] + '/' + p[0];
  }
  function defaultYear() {
    var q = new URLSearchParams(location.search).get('year');
    if (q) { return parseInt(q, 10); }
    var now = new Date();
    return now.getMonth() >= 10 ? now.getFullYear() : now.getFullYear() - 1;
  }
  function message(text) {
    var m = document.getElementById('message');
    m.hidden = !text;
    m.textContent = text || '';
  }

  function render(d) {
    var stageLabel = {};
    d.stages.forEach(function (s) { stageLabel[s.stage] = s.label; });
    document.getElementById('year-title').textContent = d.year;

    var c = document.getElementById('campaigns');
    c.innerHTML = '';
    if (!d.campaigns.length) {
      c.appendChild(el('p', {}, 'Chưa mở đợt tổng kết năm ' + d.year + '. Ban Tổ chức mở đợt từ Tasklist ("Bắt đầu quy trình" → Chu trình tổng kết năm) hoặc POST /api/campaigns.'));
    }
    d.campaigns.forEach(function (k) {
      var p = el('p', {});
      p.appendChild(el('strong', {}, k.rootUnitName + ' (' + k.rootUnitCode + ')'));
      p.appendChild(document.createTextNode(' — mở ' + dateTime(k.startedAt) + (k.startedBy ? ' bởi ' + k.startedBy : '')
        + (k.state === 'CLOSED' ? ', đã kết thúc ' + dateTime(k.endedAt) : ', đang chạy') + ' — '));
      if (k.processInstanceId) {
        p.appendChild(el('a', { href: '/camunda/app/cockpit/default/#/process-instance/' + k.processInstanceId + '/runtime' }, 'xem trong Cockpit'));
      }
      c.appendChild(p);
    });
    c.appendChild(el('p', {}, 'Cập nhật lúc ' + dateTime(d.generatedAt)));

    var ul = document.getElementById('deadlines');
    ul.innerHTML = '';
    if (!d.nextDeadlines.length) { ul.appendChild(el('li', {}, 'Mọi hạn của năm đã qua.')); }
    d.nextDeadlines.forEach(function (n) {
      ul.appendChild(el('li', {}, n.label + ': hạn cuối ' + dayMonth(n.lastDay) + ' (còn ' + n.daysLeft + ' ngày)'));
    });

    drawChart(d, stageLabel);

    var lt = document.querySelector('#late tbody');
    lt.innerHTML = '';
    if (!d.late.length) {
      var tr0 = el('tr', {});
      tr0.appendChild(el('td', { colspan: '5' }, 'Chưa có đơn vị nào chậm hạn.'));
      lt.appendChild(tr0);
    }
    d.late.forEach(function (l) {
      var tr = el('tr', {});
      tr.appendChild(el('td', {}, l.unitName + ' (' + l.unitCode + ')'));
      tr.appendChild(el('td', {}, l.stageLabel));
      tr.appendChild(el('td', {}, date(new Date(new Date(l.deadline).getTime() - 1000).toISOString())));
      tr.appendChild(el('td', {}, dateTime(l.recordedAt)));
      tr.appendChild(el('td', { 'class': 'state ' + (l.currentState || '') }, STATE_LABEL[l.currentState] || ''));
      lt.appendChild(tr);
    });

    var head = document.querySelector('#grid thead');
    head.innerHTML = '';
    var hr = el('tr', {});
    hr.appendChild(el('th', {}, 'Đơn vị'));
    hr.appendChild(el('th', {}, 'Loại'));
    STAGES.forEach(function (s) { hr.appendChild(el('th', {}, stageLabel[s])); });
    head.appendChild(hr);
    var body = document.querySelector('#grid tbody');
    body.innerHTML = '';
    d.units.forEach(function (u) {
      var tr = el('tr', {});
      tr.appendChild(el('td', {}, u.unitName + ' (' + u.unitCode + ')'));
      tr.appendChild(el('td', {}, u.kind));
      STAGES.forEach(function (s) {
        var st = u.states[s];
        tr.appendChild(el('td', { 'class': st ? 'state ' + st : '' }, st ? STATE_LABEL[st] : '—'));
      });
      body.appendChild(tr);
    });
  }

  // one horizontal stacked bar per stage, scaled to the largest stage
  function drawChart(d, stageLabel) {
    var box = document.getElementById('chart');
    box.innerHTML = '';
    var max = 1;
    STAGES.forEach(function (s) {
      var total = STATES.reduce(function (a, st) { return a + (d.counts[s][st] || 0); }, 0);
      max = Math.max(max, total);
    });
    var labelW = 150, barW = 460, rowH = 34, w = labelW + barW + 60, h = STAGES.length * rowH + 10;
    var root = svg('svg', { width: w, height: h, viewBox: '0 0 ' + w + ' ' + h, role: 'img', 'aria-label': 'Số đơn vị theo tình trạng, từng giai đoạn' });
    STAGES.forEach(function (s, i) {
      var y = 6 + i * rowH;
      root.appendChild(svg('text', { x: 0, y: y + 18, 'font-size': 13 }, stageLabel[s]));
      var x = labelW, total = 0;
      STATES.forEach(function (st) {
        var n = d.counts[s][st] || 0;
        if (!n) { return; }
        var bw = Math.max(2, Math.round(barW * n / max));
        var r = svg('rect', { x: x, y: y, width: bw, height: 24, fill: COLOR[st] });
        r.appendChild(svg('title', {}, STATE_LABEL[st] + ': ' + n));
        root.appendChild(r);
        if (bw >= 18) {
          root.appendChild(svg('text', { x: x + bw / 2, y: y + 17, 'font-size': 12, fill: '#fff', 'text-anchor': 'middle' }, String(n)));
        }
        x += bw;
        total += n;
      });
      root.appendChild(svg('text', { x: x + 6, y: y + 17, 'font-size': 12, fill: '#5b6470' }, total ? total + ' đv' : '0'));
    });
    box.appendChild(root);
    var legend = document.getElementById('legend');
    legend.innerHTML = '';
    STATES.forEach(function (st) {
      var span = el('span', {});
      span.appendChild(el('i', { style: 'background:' + COLOR[st] }));
      span.appendChild(document.createTextNode(STATE_LABEL[st]));
      legend.appendChild(span);
    });
  }

  function load(year) {
    message('');
    fetch('/api/campaigns/' + year + '/dashboard', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (r.status === 401) { throw new Error('Cần đăng nhập: hãy đăng nhập Tasklist (/camunda/app/tasklist/) rồi mở lại trang này.'); }
        if (r.status === 403) { throw new Error('Bảng theo dõi chỉ dành cho Ban Tổ chức, Ban Thường vụ Đảng ủy Khối và quản trị.'); }
        if (!r.ok) { throw new Error('Không tải được dữ liệu (HTTP ' + r.status + ').'); }
        return r.json();
      })
      .then(render)
      .catch(function (e) { message(e.message); });
  }

  var input = document.getElementById('year');
  input.value = defaultYear();
  document.getElementById('year-form').addEventListener('submit', function (e) {
    e.preventDefault();
    history.replaceState(null, '', '?year=' + input.value);
    load(input.value);
  });
  load(input.value);
})();
