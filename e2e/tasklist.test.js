// A member in Tasklist: logs in, sees only his own tasks, a refused completion shows the Vietnamese reason,
// then fills and completes his self-review form (review of the demo branch SXD, year E2E_YEAR).
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const e2e = require('./lib');

const MEMBER = 'DV0014';      // Lại Đình Trung, secretary of Chi bộ Sở Xây dựng (demo bloc)
const OTHER = 'DV0134';       // another member of the same branch with his own self-review
let browser;
let page;

before(async () => {
  await e2e.ensureCampaign('SXD');
  // the cycle starts the branch's review; its self-review tasks are created asynchronously by the job executor
  await e2e.until('self-review tasks of SXD', async () =>
    (await e2e.rest('GET', `/engine-rest/task?processDefinitionKey=SelfCriticismReviewProcess&taskDefinitionKey=Task_WriteSelfReview&assignee=${MEMBER}`)).length > 0
    && (await e2e.rest('GET', `/engine-rest/task?taskDefinitionKey=Task_WriteSelfReview&assignee=${OTHER}`)).length > 0);
  browser = await e2e.launch();
  page = await e2e.personPage(browser);
});

after(async () => { await browser?.close(); });

async function listedTaskIds() {
  return page.$$eval('.tasks-list li.task h4 a', (as) => as.map((a) => new URLSearchParams(a.getAttribute('href').replace(/^#\/\?/, '')).get('task')));
}

test('a member logs in to Tasklist and sees exactly his own tasks', async () => {
  await e2e.step(page, 'tasklist-login', () => e2e.webappLogin(page, 'tasklist', MEMBER, e2e.MEMBER_PASSWORD));
  // Tasklist opens on the member's first filter, "Việc của tôi" (assigned to him; helper webapps' TasklistFilters)
  const expected = new Set((await e2e.rest('GET', `/engine-rest/task?assignee=${MEMBER}`)).map((t) => t.id));
  await e2e.step(page, 'tasklist-own-tasks', async () => {
    await page.waitForSelector('.tasks-list li.task');
    await e2e.until('the task list to show all tasks', async () => (await listedTaskIds()).length === expected.size, 60000);
  });
  const listed = await listedTaskIds();
  assert.deepEqual(new Set(listed), expected, 'the list holds the member\'s tasks and no other');
  const others = await e2e.rest('GET', `/engine-rest/task?assignee=${OTHER}`);
  assert.ok(others.length > 0);
  for (const t of others) assert.ok(!listed.includes(t.id), `task ${t.id} of ${OTHER} must not be listed`);
  // the self-review's name says the place it is for; the Tasklist chrome and filters are Vietnamese
  assert.match(await page.innerText('.tasks-list'), /Viết bản kiểm điểm cá nhân, tự xếp loại — /);
  assert.match(await page.innerText('body'), /Việc của tôi/);
  assert.match(await page.innerText('body'), /Lại Đình|Trung/, 'the member\'s name in the header');
});

let taskId;

async function openOwnSelfReview() {
  const own = await e2e.rest('GET', `/engine-rest/task?taskDefinitionKey=Task_WriteSelfReview&assignee=${MEMBER}&sortBy=created&sortOrder=asc`);
  assert.ok(own.length > 0, 'the member has a self-review task');
  taskId = own[0].id;
  await page.click(`.tasks-list li.task h4 a[href*="task=${taskId}"]`);
  await page.waitForSelector('.fjs-form-field-textarea textarea');
  // the form's Vietnamese labels (forms/review-self-review.form)
  assert.match(await page.innerText('.fjs-form'), /Về tư tưởng chính trị/);
}

async function fillSelfReview(firstText) {
  const areas = await page.$$('.fjs-form-field-textarea textarea');
  assert.ok(areas.length >= 4, 'the four required parts of the self-review');
  await areas[0].fill(firstText);
  for (let i = 1; i < areas.length; i++) await areas[i].fill(`Phần ${i + 1}: nội dung tự kiểm điểm (kiểm thử trình duyệt).`);
  await page.click('.fjs-form-field-select .fjs-input-group, .fjs-form-field-select input');
  await page.locator('.fjs-dropdownlist-item', { hasText: 'Đủ tư cách, hoàn thành tốt nhiệm vụ' }).click();
}

async function completeButton() {
  // "Complete" today; "Hoàn thành" once the Vietnamese Tasklist of helper webapps is in
  return page.locator('button', { hasText: /^\s*(Complete|Hoàn thành|Hoàn tất)\s*$/ }).last();
}

test('a refused completion shows the Vietnamese reason and the task stays open', async () => {
  await e2e.step(page, 'tasklist-self-review-form', openOwnSelfReview);
  await fillSelfReview('   '); // blank for the server (the form only checks that something was typed)
  await e2e.step(page, 'tasklist-self-review-refused', async () => {
    await (await completeButton()).click();
    await page.getByText(/Chưa nhập: .*tư tưởng chính trị/).first().waitFor();
  });
  assert.equal((await e2e.rest('GET', `/engine-rest/task?taskId=${taskId}`)).length, 1, 'the task is still open');
});

test('the member fills and completes his self-review form', async () => {
  // the member closes the error message; the form keeps what was typed; the blank part is now written
  for (const close of await page.locator('.page-notifications button.close').all()) {
    if (await close.isVisible()) await close.click();
  }
  await page.locator('.page-notifications .alert').first().waitFor({ state: 'hidden' }).catch(() => {});
  await fillSelfReview('Kiên định chủ nghĩa Mác – Lênin, tư tưởng Hồ Chí Minh (kiểm thử trình duyệt).');
  await e2e.step(page, 'tasklist-self-review-completed', async () => {
    await (await completeButton()).click();
    await e2e.until('the task to be completed', async () => (await e2e.rest('GET', `/engine-rest/task?taskId=${taskId}`)).length === 0, 30000);
    await page.waitForSelector(`.tasks-list li.task h4 a[href*="task=${taskId}"]`, { state: 'detached' });
  });
  const done = await e2e.rest('GET', `/engine-rest/history/task?taskId=${taskId}`);
  assert.equal(done[0].deleteReason, 'completed');
  assert.equal(done[0].assignee, MEMBER);
  assert.deepEqual(page.pageErrors, []);
});
