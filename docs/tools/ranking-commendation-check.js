#!/usr/bin/env node
// Drives the data-entry pages of ranking and commendation in headless Chromium like committee members would:
//   /ranking/score.html   unit self-score (the unit's committee), then superior score + veto (BTV ĐUK)
//   /ranking/members.html member ranking of one branch (its chi ủy)
//   /commendation/        the dossier: uploads for every checklist line, completeness check, explanation,
//                         generated tờ trình (PDF) and danh sách trích ngang (xlsx) downloaded
// It starts the processes through the engine REST API (admin), logs in to Tasklist as a demo member of the right
// group, fills each page with keyboard and mouse, submits, then checks through the API that the data was stored,
// and takes screenshots into docs/img/. Developer tool, not run by CI. Usage (packaged app, demo bloc, fresh data):
//   (cd /tmp/tk && TONGKET_ADMIN_PASSWORD=admin-pass TONGKET_MEMBER_PASSWORD=demo TONGKET_DEMO=true \
//      java -jar .../target/tongket-*.jar --server.port=8091)
//   cd docs/tools && BASE=http://localhost:8091 ADMIN_PASSWORD=admin-pass node ranking-commendation-check.js
// Options: YEAR (default: the current campaign year), RANKING_UNIT=SYT, BRANCH=SYT-CB2 (a member on leave),
// COMMENDATION_UNIT=VPUB.
// The commendation part imports three years of unit ranking of COMMENDATION_UNIT (YEAR-2..YEAR, TSVM tiêu biểu)
// so that the organization is a candidate for the bằng khen: run it on a throwaway database.
'use strict';
const path = require('path');
const fs = require('fs');
const os = require('os');
const { execFileSync } = require('child_process');
const { chromium } = require('playwright-core');

const BASE = process.env.BASE || 'http://localhost:8091';
const ADMIN = ['admin', process.env.ADMIN_PASSWORD || 'admin-pass'];
const MEMBER_PASSWORD = process.env.MEMBER_PASSWORD || 'demo';
const now = new Date();
const YEAR = Number(process.env.YEAR || (now.getMonth() < 6 ? now.getFullYear() - 1 : now.getFullYear()));
const RANKING_UNIT = process.env.RANKING_UNIT || 'SYT';
const BRANCH = process.env.BRANCH || 'SYT-CB2';
const COMMENDATION_UNIT = process.env.COMMENDATION_UNIT || 'VPUB';
const IMG = path.resolve(__dirname, '..', 'img');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'tk-check-'));

const checks = [];
function check(what, ok, detail) {
  checks.push({ what, ok: !!ok });
  console.log(`${ok ? 'OK  ' : 'FAIL'} ${what}${detail === undefined ? '' : ': ' + detail}`);
}

function basic(user, password) {
  return 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
}

async function rest(method, url, body, user = ADMIN[0], password = ADMIN[1], raw = false) {
  const headers = { Authorization: basic(user, password), Accept: 'application/json' };
  if (body !== undefined && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
  const res = await fetch(BASE + url, {
    method, headers, body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  });
  if (raw) return res;
  const text = await res.text();
  if (!res.ok) throw Object.assign(new Error(`${method} ${url} → ${res.status} ${text}`), { status: res.status, text });
  return text ? JSON.parse(text) : null;
}

// The first demo member (not admin) of a Camunda group, as Tasklist would offer the task to it.
async function memberOf(group) {
  const users = await rest('GET', `/engine-rest/user?memberOfGroup=${encodeURIComponent(group)}&sortBy=userId&sortOrder=asc`);
  const id = users.map((u) => u.id).find((u) => u !== 'admin');
  if (!id) throw new Error(`no member in group ${group}`);
  return id;
}

// Starts a per-unit process, or finds the one already started (the app refuses a second one with 409).
async function startOnce(key, unit, year) {
  const res = await rest('POST', `/engine-rest/process-definition/key/${key}/start`, {
    businessKey: `${unit}:${year}`,
    variables: { unitCode: { value: unit, type: 'String' }, campaignYear: { value: year, type: 'Integer' } },
  }, ADMIN[0], ADMIN[1], true);
  const body = await res.json();
  if (res.status === 200) {
    console.log(`started ${key} ${unit}:${year} → ${body.id}`);
    return body.id;
  }
  if (res.status === 409) {
    console.log(`already started (409): ${body.message}`);
    const done = await rest('GET', `/engine-rest/history/process-instance?processDefinitionKey=${key}&processInstanceBusinessKey=${encodeURIComponent(unit + ':' + year)}`);
    return done[0].id;
  }
  throw new Error(`start ${key} ${unit}:${year} → ${res.status} ${JSON.stringify(body)}`);
}

async function waitFor(what, fn, timeoutMs = 60000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

// A browser context logged in to Tasklist as the user: the pages use that session for /api.
async function loggedIn(browser, user) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'vi-VN', acceptDownloads: true });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(BASE + '/camunda/app/tasklist/default/', { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('input[ng-model="username"]', { timeout: 120000 });
  await page.fill('input[ng-model="username"]', user);
  await page.fill('input[ng-model="password"]', user === 'admin' ? ADMIN[1] : MEMBER_PASSWORD);
  await page.click('button[type="submit"]');
  await page.waitForSelector('.user-account, [cam-widget-header] .account, .navbar-nav .dropdown', { timeout: 60000 });
  return page;
}

async function shot(page, name) {
  const file = path.join(IMG, name);
  await page.screenshot({ path: file, fullPage: true });
  console.log('screenshot', path.relative(path.resolve(__dirname, '..', '..'), file));
}

// ---------------------------------------------------------------- ranking: scorecard, both sides

// Types one value per criterion with the keyboard: click the first input, then value + Tab.
async function typeScores(page, values) {
  const inputs = await page.$$('#sheet input[type=number]');
  await inputs[0].click();
  for (let i = 0; i < inputs.length; i++) {
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(values[i]));
    if (i < inputs.length - 1) await page.keyboard.press('Tab');
  }
}

async function criteria(page) {
  return page.$$eval('#sheet input[type=number]', (els) => els.map((e) => ({ code: e.dataset.code, max: Number(e.max) })));
}

async function scoreSide(browser, side, user) {
  const page = await loggedIn(browser, user);
  await page.goto(`${BASE}/ranking/score.html?unit=${RANKING_UNIT}&year=${YEAR}&side=${side}`);
  await page.waitForSelector('#sheet input[type=number]');
  const crit = await criteria(page);
  check(`${side}: scorecard shown with ${crit.length} editable criteria, max total ${await page.textContent('#max')}`, crit.length > 0);

  if (side === 'self') {
    // over the maximum: refused by the server, the input is highlighted
    await typeScores(page, crit.map((c, i) => (i === 0 ? c.max + 5 : c.max)));
    await page.click('#save');
    await page.waitForSelector('#message.error');
    const refused = await page.textContent('#message');
    const bad = await page.$eval('input.bad', (e) => e.dataset.code).catch(() => null);
    check('self: over-maximum score refused with the field highlighted', bad === crit[0].code, `${refused} [${bad}]`);
    await shot(page, 'ranking-score-refused.png');
  }
  // self: full marks except 1 point on the second criterion and 0.5 on the last; superior: 2 less on the first
  const values = crit.map((c, i) => (side === 'self'
    ? (i === 1 ? c.max - 1 : i === crit.length - 1 ? c.max - 0.5 : c.max)
    : (i === 0 ? c.max - 2 : c.max)));
  await typeScores(page, values);
  let vetoChosen = null;
  if (side === 'superior') {
    // "có đảng viên bị kỷ luật trong năm": at most hoàn thành tốt nhiệm vụ
    vetoChosen = 'MEMBER_DISCIPLINED';
    await page.locator('#vetoes label', { has: page.locator(`input[value="${vetoChosen}"]`) }).click();
  }
  await page.click('#save');
  await page.waitForSelector('#message.ok');
  const expected = values.reduce((a, b) => a + b, 0);
  const sheet = await rest('GET', `/api/ranking/units/${RANKING_UNIT}/${YEAR}/sheet`, undefined, user, MEMBER_PASSWORD);
  const stored = side === 'self' ? sheet.selfScore : sheet.superiorScore;
  const points = side === 'self' ? sheet.selfPoints : sheet.superiorPoints;
  check(`${side}: stored total ${stored} = typed ${expected}`, Number(stored) === expected);
  check(`${side}: every criterion stored as typed`, crit.every((c, i) => Number(points[c.code]) === values[i]));
  if (side === 'superior') {
    check(`superior: veto ${vetoChosen} stored, proposal ${sheet.proposedCategory}`,
      sheet.vetoCodes.includes(vetoChosen) && sheet.proposedCategory === 'COMPLETED_WELL');
    check('superior: page shows the proposal', (await page.textContent('#proposal')).includes('Hoàn thành tốt nhiệm vụ'));
  }
  await shot(page, `ranking-score-${side}.png`);
  check(`${side}: no script error on the page`, page.errors.length === 0, page.errors.join('; ') || 'none');
  await page.context().close();
}

// ---------------------------------------------------------------- ranking: members of a branch

async function members(browser, user) {
  const page = await loggedIn(browser, user);
  await page.goto(`${BASE}/ranking/members.html?branch=${BRANCH}&year=${YEAR}`);
  await page.waitForSelector('#list tbody tr');
  const rows = await page.$$eval('#list tbody tr', (trs) => trs.map((tr) => ({
    code: tr.children[2].textContent.trim(), status: tr.children[4].textContent.trim() })));
  check(`members: ${rows.length} members of ${BRANCH} listed`, rows.length > 0);
  // first: no category for anyone, save → refused on the first row
  const selects = page.locator('#list select.category');
  for (let i = 0; i < rows.length; i++) await selects.nth(i).selectOption('');
  await page.click('#save');
  await page.waitForSelector('#message.error');
  check('members: empty category refused with the row highlighted',
    (await page.$$('#list select.category.bad')).length === 1, await page.textContent('#message'));

  const cycle = ['COMPLETED_WELL', 'EXCELLENT', 'COMPLETED_WELL', 'COMPLETED'];
  const chosen = {};
  const notRanked = [];
  for (let i = 0; i < rows.length; i++) {
    const category = rows[i].status !== 'Đang sinh hoạt' ? 'NOT_RANKED' : cycle[i % cycle.length];
    chosen[rows[i].code] = category;
    await selects.nth(i).selectOption(category);
    if (category === 'NOT_RANKED') notRanked.push(i);
  }
  if (notRanked.length) {
    // not ranked without a reason: refused on that row's reason
    for (const i of notRanked) await page.locator('#list input.reason').nth(i).fill('');
    await page.click('#save');
    await page.waitForSelector('#list input.reason.bad');
    check(`members: not ranked (${rows[notRanked[0]].code}, ${rows[notRanked[0]].status}) without a reason refused`, true,
      await page.textContent('#message'));
    for (const i of notRanked) {
      await page.locator('#list input.reason').nth(i).click();
      await page.keyboard.type('Miễn sinh hoạt đảng theo quyết định của chi bộ');
    }
  }
  await page.click('#save');
  await page.waitForSelector('#message.ok');
  const stored = await rest('GET', `/api/ranking/branches/${BRANCH}/${YEAR}/members`, undefined, user, MEMBER_PASSWORD);
  const same = stored.filter((r) => r.branchCategory === chosen[r.memberCode]).length;
  check(`members: ${same}/${rows.length} branch categories stored as chosen`, same === rows.length);
  check('members: counts line', /Được xếp loại: \d+/.test(await page.textContent('#counts')), await page.textContent('#counts'));
  await shot(page, 'ranking-members.png');
  check('members: no script error on the page', page.errors.length === 0, page.errors.join('; ') || 'none');
  await page.context().close();
}

// ---------------------------------------------------------------- commendation: the dossier page

function tinyPdf(name) {
  const file = path.join(TMP, name);
  fs.writeFileSync(file, `%PDF-1.4\n% ${name} (kiểm tra tự động)\n%%EOF\n`);
  return file;
}

async function commendation(browser) {
  // history that makes the organization a candidate for the Tỉnh ủy bằng khen (TSVM tiêu biểu N-2..N)
  const csv = 'type,year,unitCode,memberCode,score,category,selfCategory,branchCategory,finalCategory,notRankedReason\n'
    + [YEAR - 2, YEAR - 1, YEAR].map((y) => `UNIT_RANKING,${y},${COMMENDATION_UNIT},,96,EXEMPLARY_CLEAN_STRONG,,,,`).join('\n') + '\n';
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'lich-su-kiem-tra.csv');
  const imported = await rest('POST', '/api/import/history', form, ADMIN[0], ADMIN[1], true);
  console.log('history import', imported.status, (await imported.text()).slice(0, 200));

  const pi = await startOnce('CommendationProcess', COMMENDATION_UNIT, YEAR);
  const committee = (await rest('GET', `/engine-rest/process-instance/${pi}/variables/committeeGroup`)).value;
  const user = await memberOf(committee);
  const selectTask = await waitFor('the selection task', async () => (await rest('GET',
    `/engine-rest/task?processInstanceId=${pi}&taskDefinitionKey=Task_SelectProposals`))[0]);
  const dossierId = (await rest('GET', `/engine-rest/process-instance/${pi}/variables/dossierId`)).value;
  const candidates = await rest('GET', `/api/commendations/${dossierId}/candidates`, undefined, user, MEMBER_PASSWORD);
  const org = candidates.find((c) => c.award === 'ORGANIZATION_MERIT');
  check(`commendation: ${candidates.length} candidates; organization ${org && org.eligibility}`, org && org.eligibility !== 'NOT_ELIGIBLE');
  // the selection is a Camunda Form in Tasklist (docs/tools/tasklist-check.js); here through the REST API as the committee
  await rest('POST', `/engine-rest/task/${selectTask.id}/complete`, { variables: {
    selectedCandidates: { value: JSON.stringify([String(org.id)]), type: 'Json' },
    judgementNote: { value: 'Dẫn đầu phong trào cải cách hành chính, nhiều mô hình mới (kiểm tra tự động)', type: 'String' },
  } }, user, MEMBER_PASSWORD);
  await waitFor('the dossier task', async () => (await rest('GET',
    `/engine-rest/task?processInstanceId=${pi}&taskDefinitionKey=Task_PrepareDossier`))[0]);

  const page = await loggedIn(browser, user);
  await page.goto(`${BASE}/commendation/?year=${YEAR}&dossier=${dossierId}`);
  await page.waitForSelector('#checklist tbody tr');
  check('commendation: dossier title', (await page.textContent('#dossierTitle')).includes(String(YEAR)), await page.textContent('#dossierTitle'));
  // incomplete first
  await page.click('#check');
  await page.waitForSelector('#message .msg.err');
  check('commendation: incomplete dossier refused, missing items listed', (await page.textContent('#message')).includes('thiếu'),
    (await page.textContent('#message')).slice(0, 160));
  // one upload per checklist line that takes a file, the number of sets left as proposed by the page
  let uploads = 0;
  for (;;) {
    const forms = page.locator('#checklist tr:has(td.no) form');
    if ((await forms.count()) === 0) break;
    const f = forms.first();
    const item = await f.locator('input[name=item]').getAttribute('value');
    await f.locator('input[type=file]').setInputFiles(tinyPdf(`${item.toLowerCase()}-${uploads + 1}.pdf`));
    const form = await f.elementHandle();
    await f.locator('button').click();
    // the page re-renders the checklist (this form goes away) and the list of attachments
    await page.waitForFunction(([el, n]) => !el.isConnected && document.querySelectorAll('#attachments tbody tr').length === n,
      [form, uploads + 1]);
    uploads++;
    if (uploads > 20) throw new Error('checklist does not complete');
  }
  check(`commendation: ${uploads} files uploaded through the page`, uploads > 0, await page.textContent('#message'));
  await page.click('#check');
  await page.waitForFunction(() => document.querySelector('#message').textContent.includes('đủ các mục'));
  check('commendation: page says the dossier is complete', true);
  const checklist = await rest('GET', `/api/commendations/${dossierId}/checklist`, undefined, user, MEMBER_PASSWORD);
  const attachments = await rest('GET', `/api/commendations/${dossierId}/attachments`, undefined, user, MEMBER_PASSWORD);
  check(`commendation: API has ${attachments.length} attachments, checklist complete (${checklist.length} lines)`,
    attachments.length === uploads && checklist.every((l) => l.complete));
  const achievement = attachments.find((a) => a.item === 'ACHIEVEMENT_REPORT');
  check('commendation: achievement report of the Tỉnh ủy award stored as 2 sets', achievement && achievement.copies === 2);

  // explanation of the proposed organization
  await page.locator(`#candidates button[data-c="${org.id}"]`).click();
  await page.waitForSelector('#explanation:not([hidden]) li');
  check('commendation: explanation shown with the guidance quoted', (await page.$$('#explanation blockquote')).length > 0);
  const shownStatus = await page.textContent('#explanation p b');
  check(`commendation: explanation result in Vietnamese ("${shownStatus}")`, /tiêu chuẩn/.test(shownStatus));
  const firstItem = await page.textContent('#attachments tbody tr td');
  check(`commendation: attachments listed by their Vietnamese item ("${firstItem.slice(0, 40)}…")`, !/^[A-Z]+_[A-Z_]+/.test(firstItem));

  // generated documents: tờ trình (PDF, new tab) and danh sách trích ngang (xlsx)
  // the tờ trình link opens a new tab: the response of that tab is checked, its bytes read if the browser allows
  const letterResponse = page.context().waitForEvent('response', (r) => r.url().includes('/documents/to-trinh.pdf'));
  await page.click('#letter');
  const letter = await letterResponse;
  let letterBytes = await letter.body().catch(() => null);
  check(`commendation: tờ trình link answered ${letter.status()} ${letter.headers()['content-type']}`,
    letter.status() === 200 && /application\/pdf/.test(letter.headers()['content-type']));
  if (!letterBytes) { // the PDF viewer keeps the body: fetch the same URL with the page's session
    console.log('tờ trình body not readable from the tab, fetched again with the session');
    letterBytes = await (await page.request.get(letter.url())).body();
  }
  check(`commendation: tờ trình is a PDF (${letterBytes.length} bytes)`, letterBytes.subarray(0, 5).toString() === '%PDF-');
  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.click('#listXlsx')]);
  const xlsxFile = path.join(TMP, xlsxDownload.suggestedFilename() || 'danh-sach.xlsx');
  await xlsxDownload.saveAs(xlsxFile);
  const xlsx = fs.readFileSync(xlsxFile);
  const strings = execFileSync('unzip', ['-p', xlsxFile, 'xl/sharedStrings.xml']).toString('utf8');
  check(`commendation: danh sách trích ngang xlsx downloaded (${xlsx.length} bytes, ${xlsxDownload.suggestedFilename()}) naming ${org.subjectName}`,
    xlsx.subarray(0, 2).toString() === 'PK' && strings.includes(org.subjectName));
  await shot(page, 'commendation-dossier.png');
  check('commendation: no script error on the page', page.errors.length === 0, page.errors.join('; ') || 'none');
  await page.context().close();

  // sending the dossier (the Tasklist task) is accepted now that it is complete
  const dossierTask = (await rest('GET', `/engine-rest/task?processInstanceId=${pi}&taskDefinitionKey=Task_PrepareDossier`))[0];
  await rest('POST', `/engine-rest/task/${dossierTask.id}/complete`, { variables: {} }, user, MEMBER_PASSWORD);
  const dossier = await rest('GET', `/api/commendations/${dossierId}`, undefined, user, MEMBER_PASSWORD);
  check(`commendation: dossier status after sending: ${dossier.status}`, dossier.status === 'SUBMITTED');
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox',
    '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--lang=vi-VN'] });
  try {
    console.log(`campaign year ${YEAR}; ranking ${RANKING_UNIT} (branch ${BRANCH}); commendation ${COMMENDATION_UNIT}`);
    const rankingPi = await startOnce('QualityRankingProcess', RANKING_UNIT, YEAR);
    const again = await rest('POST', '/engine-rest/process-definition/key/QualityRankingProcess/start', {
      businessKey: `${RANKING_UNIT}:${YEAR}`,
      variables: { unitCode: { value: RANKING_UNIT, type: 'String' }, campaignYear: { value: YEAR, type: 'Integer' } },
    }, ADMIN[0], ADMIN[1], true);
    check('a second start of the same unit and year is refused with 409', again.status === 409, (await again.text()).slice(0, 160));
    const committee = (await rest('GET', `/engine-rest/process-instance/${rankingPi}/variables/unitCommitteeGroup`)).value;
    const superior = (await rest('GET', `/engine-rest/process-instance/${rankingPi}/variables/superiorGroup`)).value;
    await scoreSide(browser, 'self', await memberOf(committee));
    await scoreSide(browser, 'superior', await memberOf(superior));
    await members(browser, await memberOf('chi-uy-' + BRANCH));
    await commendation(browser);
  } finally {
    await browser.close();
  }
  const failed = checks.filter((c) => !c.ok);
  console.log(`${checks.length - failed.length}/${checks.length} checks passed`);
  process.exit(failed.length ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
