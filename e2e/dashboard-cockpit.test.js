// The Ban Tổ chức follows the deadlines: the deadline dashboard (/dashboard/) and Cockpit with the timers of the
// annual cycle and of the branch's review.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const e2e = require('./lib');

const BOARD_MEMBER = 'DV0004';   // Phạm Minh Tuấn, Ban Tổ chức Đảng ủy Khối (group ban-to-chuc: Tasklist and Cockpit)
let browser;
let page;
let cycle;

before(async () => {
  cycle = await e2e.ensureCampaign('SXD');
  browser = await e2e.launch();
  page = await e2e.personPage(browser, 1600);
});

after(async () => { await browser?.close(); });

/** dd/MM/yyyy of an instant in Vietnam. */
function vnDate(iso) {
  const d = new Date(new Date(iso).getTime() + 7 * 3600000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

test('the Ban Tổ chức opens the deadline dashboard and sees the open cycle and its deadlines', async () => {
  await e2e.step(page, 'cockpit-login', () => e2e.webappLogin(page, 'cockpit', BOARD_MEMBER, e2e.MEMBER_PASSWORD));
  await e2e.step(page, 'dashboard', async () => {
    await page.goto(`${e2e.BASE}/dashboard/?year=${e2e.YEAR}`, { waitUntil: 'domcontentloaded' });
    await page.locator('#campaigns', { hasText: 'Chi bộ Sở Xây dựng (SXD)' }).waitFor();
  });
  const api = await e2e.rest('GET', `/api/campaigns/${e2e.YEAR}/dashboard`, undefined, e2e.member(BOARD_MEMBER));
  const deadlines = await page.innerText('#deadlines');
  assert.ok(api.nextDeadlines.length > 0);
  for (const n of api.nextDeadlines) {
    const [y, m, d] = n.lastDay.split('-');
    assert.ok(deadlines.includes(`${n.label}: hạn cuối ${d}/${m}/${y}`), `deadline "${n.label}" on the page`);
  }
  assert.match(await page.innerText('#grid'), /Chi bộ Sở Xây dựng \(SXD\)/);
  const link = await page.getAttribute('#campaigns a[href*="/camunda/app/cockpit/"]', 'href');
  assert.ok(link.includes(cycle.id), 'the dashboard links the cycle instance in Cockpit');
});

async function cockpitJobs(processInstanceId, name) {
  const timers = await e2e.rest('GET', `/engine-rest/job?processInstanceId=${processInstanceId}&timers=true`);
  assert.ok(timers.length > 0, `${name}: deadline timers in the engine`);
  const timerEvents = [];
  for (const t of timers) timerEvents.push((await e2e.rest('GET', `/engine-rest/job-definition/${t.jobDefinitionId}`)).activityId);
  await e2e.step(page, `cockpit-${name}-timers`, async () => {
    // the instance's "Jobs" tab (tab id jobs-tab: stable whatever the language of the tab's title)
    await page.goto(`${e2e.BASE}/camunda/app/cockpit/default/#/process-instance/${processInstanceId}/runtime?tab=jobs-tab`,
      { waitUntil: 'domcontentloaded' });
    // this instance's diagram with its timer events, and this instance's timer rows (not the previous page's)
    for (const a of timerEvents) await page.waitForSelector(`.djs-container [data-element-id="${a}"]`);
    await page.waitForFunction((ids) => {
      const body = document.querySelector('.ctn-tabbed-content tbody');
      return !!body && ids.every((id) => body.innerText.includes(id));
    }, timers.map((t) => t.id));
  });
  const rows = await page.$$eval('.ctn-tabbed-content tbody tr', (trs) => trs.map((tr) => tr.innerText));
  for (const t of timers) {
    const row = rows.find((r) => r.includes(t.id));
    assert.ok(row, `timer ${t.id} listed in Cockpit`);
    // the due date as Cockpit shows it: ISO-like today, dd/MM/yyyy with the Vietnamese web apps
    const [d, m, y] = vnDate(t.dueDate).split('/');
    assert.ok(row.includes(`${y}-${m}-${d}`) || row.includes(`${d}/${m}/${y}`), `due date of ${t.id} in "${row}"`);
  }
  return rows;
}

test('in Cockpit the Ban Tổ chức sees the deadline timers of the cycle and of the branch\'s review', async () => {
  const cycleRows = await cockpitJobs(cycle.id, 'cycle');
  assert.ok(cycleRows.some((r) => /Hạn kiểm điểm/.test(r)), 'the review-stage deadline of the cycle');
  const review = await e2e.until('the review of SXD', async () =>
    (await e2e.rest('GET', `/engine-rest/process-instance?processDefinitionKey=SelfCriticismReviewProcess&businessKey=SXD:${e2e.YEAR}`))[0]);
  await cockpitJobs(review.id, 'review');
  assert.deepEqual(page.pageErrors, []);
});
