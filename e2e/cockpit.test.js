// The Cockpit plugin of the campaign (docs/cockpit.md): the Ban Tổ chức finds the "Tổng kết" view in Cockpit with
// the late unit of a past year; a plain member does not see it.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const e2e = require('./lib');

const BOARD_MEMBER = 'DV0004';   // Phạm Minh Tuấn, Ban Tổ chức Đảng ủy Khối
const PLAIN_MEMBER = 'DV0014';   // Lại Đình Trung, secretary of Chi bộ Sở Xây dựng: no right to the dashboard
// Chi bộ Sở Tư pháp: a branch no other browser test uses, so its tasks of the past year disturb none of them
const LATE_UNIT = process.env.E2E_LATE_UNIT || 'STP';
// a year whose deadlines have all passed: opening its cycle now makes the branch late for the review at once
const LATE_YEAR = Number(process.env.E2E_LATE_YEAR || e2e.YEAR - 1);
let browser;
let cycle;
let lateRows;

before(async () => {
  const r = await e2e.http('POST', '/api/campaigns', { year: LATE_YEAR, unitCode: LATE_UNIT }, e2e.member(BOARD_MEMBER));
  assert.ok([200, 201, 409].includes(r.status), `campaign ${LATE_UNIT}:${LATE_YEAR} → ${r.status} ${r.text}`);
  cycle = await e2e.until(`cycle ${LATE_UNIT}:${LATE_YEAR}`, async () =>
    (await e2e.rest('GET', `/engine-rest/process-instance?processDefinitionKey=AnnualCycleProcess&businessKey=${LATE_UNIT}:${LATE_YEAR}`))[0]);
  lateRows = await e2e.until(`late units of ${LATE_YEAR}`, async () => {
    const d = await e2e.rest('GET', `/api/campaigns/${LATE_YEAR}/dashboard`, undefined, e2e.member(BOARD_MEMBER));
    return d.late.length > 0 ? d.late : null;
  }, 180000);
  browser = await e2e.launch();
});

after(async () => { await browser?.close(); });

test('the Ban Tổ chức sees the Tổng kết tab of the cycle in Cockpit with the late unit', async () => {
  const page = await e2e.personPage(browser, 1600);
  await e2e.step(page, 'board-login', () => e2e.webappLogin(page, 'cockpit', BOARD_MEMBER, e2e.MEMBER_PASSWORD));
  await e2e.step(page, 'dashboard-entry', async () => {
    await page.goto(`${e2e.BASE}/camunda/app/cockpit/default/#/dashboard`, { waitUntil: 'domcontentloaded' });
    await page.locator('.tongket-cockpit h3', { hasText: 'Tổng kết' }).first().waitFor();
    await page.fill('#tongket-year', String(LATE_YEAR));
    await page.dispatchEvent('#tongket-year', 'change');
    await page.locator('.tongket-late tbody tr', { hasText: lateRows[0].unitCode }).first().waitFor();
  });
  await e2e.step(page, 'cycle-tab', async () => {
    await page.goto(`${e2e.BASE}/camunda/app/cockpit/default/#/process-instance/${cycle.id}/runtime?tab=tongket.cycle.tab`,
      { waitUntil: 'domcontentloaded' });
    await page.locator('.tongket-late tbody tr', { hasText: lateRows[0].unitCode }).first().waitFor();
    await page.locator('.tongket-grid tbody tr').first().waitFor();
  });
  // the screenshot for docs/img/cockpit-tongket.png: once the diagram is drawn (Cockpit renders the tab again
  // when the instance has loaded), a tall window so the whole tab shows
  await page.setViewportSize({ width: 1600, height: 1500 });
  await page.waitForSelector('.djs-container .djs-element');
  await page.locator('.tongket-late tbody tr', { hasText: lateRows[0].unitCode }).first().waitFor();
  await page.locator('.tongket-grid').scrollIntoViewIfNeeded();
  const file = await e2e.shot(page, 'tongket-tab');
  fs.copyFileSync(file, path.join(e2e.OUT, 'cockpit-tongket.png'));
  const late = await page.innerText('.tongket-late tbody');
  for (const l of lateRows) {
    assert.ok(late.includes(`${l.unitName} (${l.unitCode})`), `late unit ${l.unitCode} in the tab`);
    assert.ok(late.includes(l.stageLabel), `stage ${l.stageLabel} in the tab`);
  }
  const title = await page.innerText('.tongket-cockpit h3');
  assert.equal(title, `Tổng kết năm ${LATE_YEAR}`);
  // the late unit links to its own UnitCycleProcess instance in Cockpit
  const unitInstance = (await e2e.rest('GET',
    `/engine-rest/process-instance?processDefinitionKey=UnitCycleProcess&businessKey=${lateRows[0].unitCode}:${LATE_YEAR}`))[0];
  const href = await page.getAttribute(`.tongket-late tbody a[href*="${unitInstance.id}"]`, 'href');
  assert.ok(href.startsWith('#/process-instance/'), href);
  const grid = await page.$$eval('.tongket-grid tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-unit')));
  assert.ok(grid.includes(LATE_UNIT), 'the branch in the unit × stage grid');
  assert.equal(await page.getAttribute(`.tongket-grid tr[data-unit="${LATE_UNIT}"] td[data-state="LATE"]`, 'data-state'), 'LATE');

  await e2e.step(page, 'unit-tab', async () => {
    await page.goto(`${e2e.BASE}/camunda/app/cockpit/default/#/process-instance/${unitInstance.id}/runtime?tab=tongket.unit.tab`,
      { waitUntil: 'domcontentloaded' });
    await page.locator('.tongket-unit-deadlines tbody tr').first().waitFor();
  });
  const unitText = await page.innerText('.tongket-cockpit');
  assert.ok(unitText.includes(`Tổng kết năm ${LATE_YEAR} — ${lateRows[0].unitCode}`), unitText);
  assert.ok((await page.innerText('.tongket-unit-deadlines')).includes('Chậm'), 'the unit\'s late stage');
  assert.deepEqual(page.pageErrors, []);
});

test('a plain member does not see the Tổng kết view', async () => {
  const page = await e2e.personPage(browser, 1400);
  await e2e.step(page, 'member-login', () => e2e.webappLogin(page, 'tasklist', PLAIN_MEMBER, e2e.MEMBER_PASSWORD));
  // the dashboard JSON the plugin reads is refused to him in his own session
  const status = await page.evaluate(async (y) => (await fetch(`/api/campaigns/${y}/dashboard`)).status, LATE_YEAR);
  assert.equal(status, 403);
  // Cockpit itself refuses him (no Cockpit application authorization): the plugin's script never runs
  const res = await e2e.step(page, 'member-cockpit', async () => {
    const r = await page.goto(`${e2e.BASE}/camunda/app/cockpit/default/#/process-instance/${cycle.id}/runtime?tab=tongket.cycle.tab`,
      { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(3000);
    return r;
  });
  assert.equal(res.status(), 403, 'Cockpit refuses a plain member');
  assert.equal(await page.locator('.tongket-late').count(), 0, 'no late-unit table for a plain member');
  assert.equal(await page.locator('.tongket-grid').count(), 0, 'no unit grid for a plain member');
  const body = await page.innerText('body');
  for (const l of lateRows) assert.ok(!body.includes(`${l.unitName} (${l.unitCode})`), 'no late unit shown to him');
});
