/*
 * Tổng kết — Cockpit plugin of the annual campaign (declared in scripts/config.js, customScripts; docs/cockpit.md).
 * Camunda 7.14+ front-end plugins: an ES module exporting {id, pluginPoint, priority, render, unmount, properties}.
 * It reads the JSON of the deadline dashboard (GET /api/campaigns/{year}/dashboard, same session, same access rule:
 * Ban Tổ chức, the bloc's Ban Thường vụ, administrators); on 403 it shows a sentence, not data.
 * Every value goes through textContent (no innerHTML with data).
 */
const STAGES = ['REVIEW', 'RANKING', 'VOTE', 'EVALUATION', 'COMMENDATION'];
const STATE_LABEL = { DONE: 'Hoàn thành', OPEN: 'Đang thực hiện', LATE: 'Chậm', PAUSED: 'Tạm dừng', PENDING: 'Chưa mở' };
const STATE_COLOR = { DONE: '#3c9a4f', OPEN: '#3f7ad6', LATE: '#d04545', PAUSED: '#e0a526', PENDING: '#8a929c' };
const COCKPIT_INSTANCE = '#/process-instance/';

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
  if (text !== undefined && text !== null) {
    e.textContent = String(text);
  }
  return e;
}

function dayMonth(localDate) { // "2013-12-24" -> "24/12/2013"
  const p = String(localDate || '').split('-');
  return p.length === 3 ? `${p[2]}/${p[1]}/${p[0]}` : '';
}

function dateTime(iso) {
  return iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '';
}

function defaultYear() {
  const now = new Date();
  return now.getMonth() >= 10 ? now.getFullYear() : now.getFullYear() - 1;
}

/** The dashboard JSON of a year; {refused: true} on 401/403. */
async function loadDashboard(year) {
  const res = await fetch(`/api/campaigns/${encodeURIComponent(year)}/dashboard`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (res.status === 401 || res.status === 403) {
    return { refused: true };
  }
  if (!res.ok) {
    throw new Error(`HTTP ${res.status}`);
  }
  return { data: await res.json() };
}

/** One process instance through Cockpit's own engine REST (same session; GET needs no CSRF token). */
async function loadInstance(api, id) {
  const res = await fetch(`${api.engineApi}/process-instance/${encodeURIComponent(id)}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return res.ok ? res.json() : null;
}

async function unitInstances(api, year) {
  const url = `${api.engineApi}/process-instance?processDefinitionKey=UnitCycleProcess`;
  const res = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const byUnit = {};
  if (res.ok) {
    (await res.json()).forEach((p) => {
      const [unit, y] = String(p.businessKey || '').split(':');
      if (String(y) === String(year)) {
        byUnit[unit] = p.id;
      }
    });
  }
  return byUnit;
}

function yearOfBusinessKey(businessKey) {
  const y = parseInt(String(businessKey || '').split(':')[1], 10);
  return Number.isFinite(y) ? y : null;
}

function box(node) {
  node.textContent = '';
  const root = el('div', { class: 'tongket-cockpit', style: 'padding: 10px 0' });
  node.appendChild(root);
  return root;
}

function note(root, text, cls) {
  root.appendChild(el('p', { class: cls || 'tongket-note' }, text));
}

const REFUSED = 'Bạn không có quyền xem tiến độ tổng kết: chỉ Ban Tổ chức, Ban Thường vụ Đảng ủy Khối và quản trị viên được xem.';

function stateCell(state) {
  const td = el('td', { 'data-state': state || '' });
  if (state) {
    td.appendChild(el('span', { style: `color: ${STATE_COLOR[state] || '#333'}; font-weight: 600` }, STATE_LABEL[state] || state));
  } else {
    td.textContent = '—';
  }
  return td;
}

function table(headers) {
  const t = el('table', { class: 'table table-bordered table-condensed' });
  const tr = el('tr');
  headers.forEach((h) => tr.appendChild(el('th', {}, h)));
  t.appendChild(el('thead')).appendChild(tr);
  t.appendChild(el('tbody'));
  return t;
}

function renderDeadlines(root, d) {
  root.appendChild(el('h4', {}, 'Các hạn sắp tới'));
  const ul = el('ul', { class: 'tongket-deadlines' });
  if (!d.nextDeadlines.length) {
    ul.appendChild(el('li', {}, 'Mọi hạn của năm đã qua.'));
  }
  d.nextDeadlines.forEach((n) => ul.appendChild(el('li', {}, `${n.label}: hạn cuối ${dayMonth(n.lastDay)} (còn ${n.daysLeft} ngày)`)));
  root.appendChild(ul);
}

function renderLate(root, d, stageLabel, instances) {
  root.appendChild(el('h4', {}, 'Đơn vị chậm hạn'));
  const t = table(['Giai đoạn', 'Đơn vị', 'Quá hạn từ', 'Ghi nhận lúc', 'Hiện trạng']);
  t.setAttribute('class', t.getAttribute('class') + ' tongket-late');
  const body = t.querySelector('tbody');
  if (!d.late.length) {
    const tr = el('tr');
    tr.appendChild(el('td', { colspan: '5' }, 'Chưa có đơn vị nào chậm hạn.'));
    body.appendChild(tr);
  }
  d.late.forEach((l) => {
    const tr = el('tr');
    tr.appendChild(el('td', {}, l.stageLabel || stageLabel[l.stage] || l.stage));
    const unit = el('td');
    const target = instances[l.unitCode] || l.processInstanceId;
    if (target) {
      unit.appendChild(el('a', { href: COCKPIT_INSTANCE + encodeURIComponent(target) + '/runtime' }, `${l.unitName} (${l.unitCode})`));
    } else {
      unit.textContent = `${l.unitName} (${l.unitCode})`;
    }
    tr.appendChild(unit);
    tr.appendChild(el('td', {}, dateTime(l.deadline)));
    tr.appendChild(el('td', {}, dateTime(l.recordedAt)));
    tr.appendChild(stateCell(l.currentState));
    body.appendChild(tr);
  });
  root.appendChild(t);
}

function renderGrid(root, d, stageLabel, instances, onlyUnit) {
  root.appendChild(el('h4', {}, onlyUnit ? 'Các giai đoạn của đơn vị' : 'Tiến độ từng đơn vị'));
  const stages = STAGES.filter((s) => stageLabel[s]);
  const t = table(['Đơn vị'].concat(stages.map((s) => stageLabel[s])));
  t.setAttribute('class', t.getAttribute('class') + ' tongket-grid');
  const body = t.querySelector('tbody');
  d.units.filter((u) => !onlyUnit || u.unitCode === onlyUnit).forEach((u) => {
    const tr = el('tr', { 'data-unit': u.unitCode });
    const name = el('td');
    if (instances[u.unitCode] && !onlyUnit) {
      name.appendChild(el('a', { href: COCKPIT_INSTANCE + encodeURIComponent(instances[u.unitCode]) + '/runtime' }, `${u.unitName} (${u.unitCode})`));
    } else {
      name.textContent = `${u.unitName} (${u.unitCode})`;
    }
    tr.appendChild(name);
    stages.forEach((s) => tr.appendChild(stateCell(u.states[s])));
    body.appendChild(tr);
  });
  root.appendChild(t);
}

function renderUnitDeadlines(root, d, unitCode) {
  const row = d.units.find((u) => u.unitCode === unitCode);
  root.appendChild(el('h4', {}, 'Thời hạn của đơn vị'));
  const t = table(['Giai đoạn', 'Hạn cuối', 'Trạng thái']);
  t.setAttribute('class', t.getAttribute('class') + ' tongket-unit-deadlines');
  const body = t.querySelector('tbody');
  d.stages.forEach((s) => {
    const state = row ? row.states[s.stage] : undefined;
    if (row && !state) {
      return; // the unit takes no part in this stage
    }
    const tr = el('tr');
    tr.appendChild(el('td', {}, s.label));
    tr.appendChild(el('td', {}, dayMonth(s.lastDay) + (s.passed ? ' (đã qua)' : '')));
    tr.appendChild(stateCell(state));
    body.appendChild(tr);
  });
  root.appendChild(t);
  d.late.filter((l) => l.unitCode === unitCode).forEach((l) =>
    note(root, `Chậm hạn ${l.stageLabel}: hạn ${dateTime(l.deadline)}, ghi nhận ${dateTime(l.recordedAt)}.`, 'tongket-unit-late text-danger'));
}

async function renderCampaign(root, api, year, unitCode) {
  note(root, 'Đang tải tiến độ tổng kết…');
  let r;
  try {
    r = await loadDashboard(year);
  } catch (e) {
    root.textContent = '';
    note(root, `Không tải được tiến độ tổng kết năm ${year} (${e.message}).`, 'tongket-error text-danger');
    return;
  }
  root.textContent = '';
  if (r.refused) {
    note(root, REFUSED, 'tongket-refused text-danger');
    return;
  }
  const d = r.data;
  const stageLabel = {};
  d.stages.forEach((s) => { stageLabel[s.stage] = s.label; });
  root.appendChild(el('h3', {}, `Tổng kết năm ${d.year}${unitCode ? ' — ' + unitCode : ''}`));
  const links = el('p');
  links.appendChild(el('a', { href: `/dashboard/?year=${encodeURIComponent(d.year)}` }, 'Mở bảng theo dõi thời hạn'));
  links.appendChild(document.createTextNode(` · cập nhật lúc ${dateTime(d.generatedAt)}`));
  root.appendChild(links);
  const instances = await unitInstances(api, d.year);
  if (unitCode) {
    renderUnitDeadlines(root, d, unitCode);
    renderDeadlines(root, d);
    return;
  }
  if (!d.campaigns.length) {
    note(root, `Chưa mở đợt tổng kết năm ${d.year}.`);
  }
  d.campaigns.forEach((k) => {
    const p = el('p');
    p.appendChild(el('strong', {}, `${k.rootUnitName} (${k.rootUnitCode})`));
    p.appendChild(document.createTextNode(k.state === 'CLOSED' ? ' — đã kết thúc ' : ' — đang chạy '));
    if (k.processInstanceId) {
      p.appendChild(el('a', { href: COCKPIT_INSTANCE + encodeURIComponent(k.processInstanceId) + '/runtime' }, 'chu trình năm'));
    }
    root.appendChild(p);
  });
  renderDeadlines(root, d);
  renderLate(root, d, stageLabel, instances);
  renderGrid(root, d, stageLabel, instances);
}

/** Renders into node for the process instance of a cycle (AnnualCycleProcess) or a unit (UnitCycleProcess). */
async function renderInstance(node, api, processInstanceId, wanted) {
  const root = box(node);
  const p = await loadInstance(api, processInstanceId);
  const year = p && yearOfBusinessKey(p.businessKey);
  if (!p || !year) {
    note(root, 'Phiên quy trình này không thuộc đợt tổng kết nào.');
    return;
  }
  const def = await fetch(`${api.engineApi}/process-definition/${encodeURIComponent(p.definitionId)}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then((r) => (r.ok ? r.json() : null));
  const key = def && def.key;
  if (wanted === 'unit' && key !== 'UnitCycleProcess') {
    note(root, 'Thời hạn theo đơn vị chỉ hiện ở quy trình tổng kết của một đơn vị (UnitCycleProcess).');
    return;
  }
  await renderCampaign(root, api, year, wanted === 'unit' ? String(p.businessKey).split(':')[0] : null);
}

export default [
  {
    id: 'tongket.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node, { api }) => {
      const root = box(node);
      root.appendChild(el('h3', {}, 'Tổng kết'));
      const form = el('p');
      form.appendChild(el('label', { for: 'tongket-year' }, 'Năm tổng kết: '));
      const input = el('input', { id: 'tongket-year', type: 'number', min: '2000', max: '2100', style: 'width: 6em' });
      input.value = String(defaultYear());
      form.appendChild(input);
      root.appendChild(form);
      const content = el('div', { class: 'tongket-year-content' });
      root.appendChild(content);
      const show = () => { content.textContent = ''; renderCampaign(content, api, parseInt(input.value, 10), null); };
      input.addEventListener('change', show);
      show();
    },
    properties: { label: 'Tổng kết' },
  },
  {
    id: 'tongket.cycle.tab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 100,
    render: (node, { api, processInstanceId }) => { renderInstance(node, api, processInstanceId, 'cycle'); },
    properties: { label: 'Tổng kết' },
  },
  {
    id: 'tongket.unit.tab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 99,
    render: (node, { api, processInstanceId }) => { renderInstance(node, api, processInstanceId, 'unit'); },
    properties: { label: 'Thời hạn đơn vị' },
  },
];
