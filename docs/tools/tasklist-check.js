#!/usr/bin/env node
// Drives Camunda Tasklist / Cockpit like a committee member would: starts review, ranking and commendation
// instances (engine REST as admin), then for every open user task of those instances logs in to Tasklist as a
// member of the task's candidate group (or its assignee), opens the task, checks that the Camunda Form renders,
// fills the required fields, completes it and takes screenshots into docs/img/.
// Developer tool, not run by CI. Usage (app running with the demo bloc):
//   cd docs/tools && BASE=http://localhost:8090 ADMIN_PASSWORD=admin-pass node tasklist-check.js
// Needs playwright-core (docs/tools/node_modules) and Chromium at /usr/bin/chromium.
'use strict';
const path = require('path');
const fs = require('fs');
const { chromium } = require('playwright-core');

const BASE = process.env.BASE || 'http://localhost:8090';
const ADMIN = ['admin', process.env.ADMIN_PASSWORD || 'admin-pass'];
const IMG = path.resolve(__dirname, '..', 'img');
const MEMBER_PASSWORD = 'demo';
const ROUNDS = Number(process.env.ROUNDS || 6);

// What we start: [process key, unitCode, campaignYear, screenshot prefix]
const STARTS = [
  ['SelfCriticismReviewProcess', 'SXD', 2013, 'review'],
  ['QualityRankingProcess', 'SXD', 2013, 'ranking'],
  ['CommendationProcess', 'STC', 2026, 'commendation'],
  ['CommendationProcess', 'DUK', 2013, 'commendation'],
  ['SelfCriticismReviewProcess', 'BQL', 2013, 'cockpit', true], // left untouched: its timers are shown in Cockpit
];

const results = [];
const shots = new Set();

async function rest(method, url, body) {
  const res = await fetch(BASE + url, {
    method,
    headers: {
      Authorization: 'Basic ' + Buffer.from(ADMIN.join(':')).toString('base64'),
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function startAll() {
  const instances = [];
  for (const [key, unit, year, prefix, cockpitOnly] of STARTS) {
    const businessKey = `${unit}:${year}`;
    const existing = await rest('GET', `/engine-rest/process-instance?processDefinitionKey=${key}&businessKey=${encodeURIComponent(businessKey)}`);
    let id;
    if (existing.length) {
      id = existing[0].id;
    } else {
      try {
        const started = await rest('POST', `/engine-rest/process-definition/key/${key}/start`, {
          businessKey,
          variables: { unitCode: { value: unit, type: 'String' }, campaignYear: { value: year, type: 'Integer' } },
        });
        id = started.id;
      } catch (e) { // e.g. already run to its end in an earlier check: the app refuses a second one
        console.log(`not started ${key} ${businessKey}: ${e.message}`);
        const done = await rest('GET', `/engine-rest/history/process-instance?processDefinitionKey=${key}&processInstanceBusinessKey=${encodeURIComponent(businessKey)}`);
        if (!done.length) continue;
        id = done[0].id;
      }
      console.log(`started ${key} ${businessKey} → ${id}`);
    }
    instances.push({ id, key, unit, year, prefix, cockpitOnly: !!cockpitOnly });
  }
  return instances;
}

async function openTasks(instances) {
  const tasks = [];
  for (const inst of instances.filter((i) => !i.cockpitOnly)) {
    // sub-processes / multi-instance tasks share the root instance id
    const list = await rest('GET', `/engine-rest/task?processInstanceBusinessKey=${encodeURIComponent(inst.unit + ':' + inst.year)}&processDefinitionKey=${inst.key}`);
    for (const t of list) tasks.push({ ...t, inst });
  }
  return tasks;
}

const groupMembers = new Map();
async function userFor(task) {
  if (task.assignee) return task.assignee;
  const links = await rest('GET', `/engine-rest/task/${task.id}/identity-links`);
  for (const l of links.filter((x) => x.type === 'candidate')) {
    if (l.userId) return l.userId;
    if (!groupMembers.has(l.groupId)) {
      const users = await rest('GET', `/engine-rest/user?memberOfGroup=${encodeURIComponent(l.groupId)}&sortBy=userId&sortOrder=asc`);
      groupMembers.set(l.groupId, users.map((u) => u.id).filter((u) => u !== 'admin'));
    }
    const members = groupMembers.get(l.groupId);
    if (members.length) return members[0];
  }
  return null;
}

const pages = new Map();
async function pageFor(browser, user) {
  if (pages.has(user)) return pages.get(user);
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
  const page = await context.newPage();
  await login(page, '/camunda/app/tasklist/default/', user, user === 'admin' ? ADMIN[1] : MEMBER_PASSWORD);
  pages.set(user, page);
  return page;
}

async function login(page, appPath, user, password) {
  await page.goto(BASE + appPath, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('input[name="username"], input#inputUsername, input[ng-model="username"]', { timeout: 120000 });
  await page.fill('input[ng-model="username"]', user);
  await page.fill('input[ng-model="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForSelector('.user-account, [cam-widget-header] .account, .navbar-nav .dropdown', { timeout: 60000 });
}

function plusDays(days) {
  const d = new Date(Date.now() + days * 86400000);
  return `${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getDate()).padStart(2, '0')}/${d.getFullYear()}`;
}

// Fills the required, empty, editable fields of the rendered Camunda Form with simple values.
async function fillRequired(page, task) {
  const fields = await page.$$('.fjs-form-field');
  for (const f of fields) {
    const required = await f.$('.fjs-asterix');
    if (!required) continue;
    const cls = (await f.getAttribute('class')) || '';
    if (cls.includes('fjs-disabled') || cls.includes('fjs-readonly')) continue;
    if (cls.includes('fjs-form-field-textarea')) {
      const ta = await f.$('textarea');
      if (ta && !(await ta.inputValue())) await ta.fill('Nội dung nhập thử qua Tasklist (kiểm tra tự động).');
    } else if (cls.includes('fjs-form-field-datetime')) {
      // the date and time inputs of form-js (ids …-date / …-time); the other inputs belong to the flatpickr calendar
      const dateInput = await f.$('input[id$="-date"]');
      const timeInput = await f.$('input[id$="-time"]');
      const year = task.inst.year;
      const date = task.taskDefinitionKey === 'Task_ScheduleYearEndConference' ? `01/10/${year + 1}` : plusDays(10);
      if (dateInput && !(await dateInput.inputValue())) {
        await dateInput.fill(date);
        await dateInput.press('Enter');
      }
      if (timeInput && !(await timeInput.inputValue())) {
        await timeInput.click();
        await timeInput.fill('08:00');
        await timeInput.press('Tab');
      }
    } else if (cls.includes('fjs-form-field-select')) {
      const input = await f.$('input.fjs-input, .fjs-input-group');
      if (input) {
        await input.click();
        const item = await page.$('.fjs-dropdownlist-item');
        if (item) await item.click();
      }
    } else if (cls.includes('fjs-form-field-checkbox')) {
      const cb = await f.$('input[type="checkbox"]');
      if (cb && !(await cb.isChecked())) await cb.check();
    } else if (cls.includes('fjs-form-field-number') || cls.includes('fjs-form-field-textfield')) {
      const inp = await f.$('input');
      if (inp && !(await inp.inputValue())) await inp.fill(cls.includes('number') ? '1' : 'Kiểm tra');
    }
  }
}

async function shot(page, name) {
  if (shots.has(name)) return;
  shots.add(name);
  await page.screenshot({ path: path.join(IMG, name), fullPage: false });
  console.log('  screenshot', name);
}

async function alerts(page) {
  return (await page.$$eval('.notifications .alert, .alert-danger, .fjs-form-field-error, .form-error, .cam-widget-inline-field .error',
    (els) => els.map((e) => e.innerText.trim()).filter(Boolean))).filter((t, i, a) => a.indexOf(t) === i);
}

async function handleTask(browser, task) {
  const user = await userFor(task);
  const r = { task: task.taskDefinitionKey, name: task.name, key: task.inst.key, bk: `${task.inst.unit}:${task.inst.year}`, user };
  results.push(r);
  if (!user) { r.outcome = 'no user in candidate group'; return; }
  const page = await pageFor(browser, user);
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${task.id}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.task-details, [cam-tasklist-task]', { timeout: 60000 });
  // claim when the task is not assigned yet
  try {
    await page.waitForSelector('.fjs-form-field', { timeout: 30000 });
  } catch (e) {
    r.rendered = false;
  }
  const claim = page.getByText('Claim', { exact: true });
  if (await claim.count() && await claim.first().isVisible()) { await claim.first().click(); await sleep(2000); }
  await sleep(1000);
  const text = await page.innerText('.task-details, [cam-tasklist-task]').catch(() => '');
  const visibleAlerts = await alerts(page);
  const notLoaded = /could not be loaded/i.test(text) || visibleAlerts.some((a) => /Form failure:\s*\S/.test(a) || /could not be loaded/i.test(a));
  r.rendered = r.rendered !== false && !notLoaded;
  if (notLoaded) r.formError = text.slice(0, 300);
  r.unresolvedTemplate = /{{[^}]*}}/.test(text);
  r.fields = await page.$$eval('.fjs-form-field', (els) => els.length).catch(() => 0);
  await fillRequired(page, task);
  const prefix = task.inst.prefix;
  const base = `tasklist-${prefix}-${task.taskDefinitionKey.replace(/^Task_/, '').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`;
  await shot(page, base + '.png');
  const complete = await page.$('button:has-text("Complete")');
  if (!complete) { r.outcome = 'no Complete button'; return; }
  if (await complete.isDisabled()) { r.outcome = 'Complete button disabled: ' + (await alerts(page)).join(' | '); return; }
  await complete.click();
  await sleep(3000);
  const still = await rest('GET', `/engine-rest/task?taskId=${task.id}`);
  if (still.length === 0) {
    r.outcome = 'completed';
  } else {
    r.outcome = 'NOT completed: ' + (await alerts(page)).join(' | ').replace(/\s+/g, ' ').slice(0, 400);
    await shot(page, base + '-refused.png');
  }
}

// A committee member starts a review from Tasklist's "Start process" with the start form (reviewStartForm).
async function startFromTasklist(browser, user, unit, year) {
  const bk = `${unit}:${year}`;
  const r = { task: 'start form reviewStartForm', user, bk };
  results.push(r);
  try {
    const page = await pageFor(browser, user);
    await page.goto(`${BASE}/camunda/app/tasklist/default/#/`, { waitUntil: 'domcontentloaded' });
    await page.getByText('Start process', { exact: true }).first().click();
    await page.waitForSelector('.modal-dialog', { timeout: 30000 });
    await page.locator('.modal-dialog').getByText('Kiểm điểm', { exact: false }).first().click();
    await page.waitForSelector('.modal-dialog .fjs-form-field', { timeout: 30000 });
    r.rendered = true;
    const inputs = page.locator('.modal-dialog .fjs-form-field input');
    await inputs.nth(0).fill(unit);
    await inputs.nth(1).fill(String(year));
    await shot(page, 'tasklist-review-start-form.png');
    await page.locator('.modal-dialog button:has-text("Start")').last().click();
    await sleep(4000);
    const started = await rest('GET', `/engine-rest/process-instance?processDefinitionKey=SelfCriticismReviewProcess&businessKey=${bk}`);
    const all = await rest('GET', `/engine-rest/process-instance?processDefinitionKey=SelfCriticismReviewProcess`);
    let typeInfo = '';
    for (const pi of all) {
      const v = await rest('GET', `/engine-rest/process-instance/${pi.id}/variables/campaignYear`).catch(() => null);
      const u = await rest('GET', `/engine-rest/process-instance/${pi.id}/variables/unitCode`).catch(() => null);
      if (u && u.value === unit && v && String(v.value) === String(year)) typeInfo = `instance ${pi.id} businessKey=${pi.businessKey} campaignYear type=${v.type}`;
    }
    r.outcome = (started.length ? 'started with business key ' + bk : 'no instance with business key ' + bk) + '; ' + (typeInfo || 'no instance found')
      + ' | alerts: ' + (await alerts(page)).join(' | ').replace(/\s+/g, ' ').slice(0, 300);
    if (!started.length) await shot(page, 'tasklist-review-start-form-result.png');
  } catch (e) {
    r.outcome = 'ERROR ' + e.message.split('\n')[0];
  }
  console.log(' ', JSON.stringify(r));
}

async function cockpit(browser, instances) {
  const review = instances.find((i) => i.cockpitOnly);
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'en-US' });
  const page = await context.newPage();
  await login(page, '/camunda/app/cockpit/default/', 'admin', ADMIN[1]);
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/process-instance/${review.id}/runtime?tab=job-definitions-tab`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.djs-container svg', { timeout: 60000 });
  await sleep(3000);
  await page.getByText('Jobs', { exact: true }).first().click().catch(() => {});
  await sleep(4000);
  await page.screenshot({ path: path.join(IMG, 'cockpit-review-timers.png') });
  console.log('  screenshot cockpit-review-timers.png');
  await context.close();
}

(async () => {
  fs.mkdirSync(IMG, { recursive: true });
  const instances = await startAll();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    // the Ban Tổ chức starts one review from Tasklist's start form; its tasks are then handled like the others
    const stp = await rest('GET', '/engine-rest/process-instance?processDefinitionKey=SelfCriticismReviewProcess&businessKey=STP:2013');
    if (!stp.length) await startFromTasklist(browser, 'DV0004', 'STP', 2013);
    const stpNow = await rest('GET', '/engine-rest/process-instance?processDefinitionKey=SelfCriticismReviewProcess&businessKey=STP:2013');
    if (stpNow.length) instances.push({ id: stpNow[0].id, key: 'SelfCriticismReviewProcess', unit: 'STP', year: 2013, prefix: 'review' });
    const seen = new Set();
    for (let round = 0; round < ROUNDS; round++) {
      await sleep(round === 0 ? 5000 : 8000); // let the job executor run async continuations / due timers
      const tasks = (await openTasks(instances)).filter((t) => !seen.has(t.id));
      console.log(`round ${round}: ${tasks.length} new open task(s)`);
      if (!tasks.length && round > 1) break;
      for (const t of tasks) {
        seen.add(t.id);
        try {
          await handleTask(browser, t);
        } catch (e) {
          results.push({ task: t.taskDefinitionKey, bk: `${t.inst.unit}:${t.inst.year}`, outcome: 'ERROR ' + e.message.split('\n')[0] });
        }
        console.log(' ', JSON.stringify(results[results.length - 1]));
      }
    }
    await cockpit(browser, instances);
  } finally {
    await browser.close();
  }
  console.log('\nSUMMARY');
  for (const r of results) console.log(JSON.stringify(r));
})().catch((e) => { console.error(e); process.exit(1); });
