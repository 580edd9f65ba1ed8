#!/usr/bin/env node
// Checks in headless Chromium that the Camunda web apps are served in Vietnamese by this app: the vi.json of each
// app is the one under src/main/resources (byte-compared), the page texts are Vietnamese, the "migrate to
// Camunda 8" banner is not visible, and takes the screenshots docs/img/{tasklist,cockpit,admin}-vi.png.
// Usage (app running with the demo bloc):  cd /tmp/pw && BASE=http://127.0.0.1:18600 USER_ID=admin PASSWORD=... \
//   node /path/to/docs/tools/webapps-vi-check.js      (needs playwright-core and /usr/bin/chromium)
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const BASE = process.env.BASE || 'http://127.0.0.1:18600';
const USER = process.env.USER_ID || 'admin';
const PASSWORD = process.env.PASSWORD || 'admin';
const ROOT = path.resolve(__dirname, '..', '..');
const IMG = process.env.IMG || path.join(ROOT, 'docs', 'img');
const OURS = path.join(ROOT, 'src/main/resources/META-INF/resources/webjars/camunda/app');
// Tasklist is opened as a demo member with a review task (the secretary of Chi bộ Sở Xây dựng, also head of the
// agency: reviewed in two places); REVIEW_UNIT/REVIEW_YEAR: the review started first as admin through /api/reviews
const MEMBER = process.env.MEMBER_ID || 'DV0014';
const MEMBER_PASSWORD = process.env.MEMBER_PASSWORD || 'demo';
const MEMBER_NAME = process.env.MEMBER_NAME || 'Lại Đình Trung';
const REVIEW_UNIT = process.env.REVIEW_UNIT || 'SXD';
const REVIEW_YEAR = Number(process.env.REVIEW_YEAR || 2026);

const APPS = [
  // app, path after login, texts that must be on the page, texts that must not
  ['tasklist', '/camunda/app/tasklist/default/', ['Bảng theo dõi thời hạn', 'Việc của tôi', 'Sắp đến hạn (7 ngày)',
    'Quá hạn', MEMBER_NAME, 'Viết bản kiểm điểm cá nhân, tự xếp loại — '], ['Start process', 'Filters', 'Tất cả công việc']],
  ['cockpit', '/camunda/app/cockpit/default/', ['Quy trình', 'Quy trình đang chạy', 'Bản triển khai'], ['Running Process Instances', 'Deployments']],
  ['admin', '/camunda/app/admin/default/#/users', ['Danh sách người dùng', 'Họ và tên đệm'], ['List of Users', 'First Name']],
];

async function startReview() {
  const res = await fetch(BASE + '/api/reviews', {
    method: 'POST',
    headers: { Authorization: 'Basic ' + Buffer.from(`${USER}:${PASSWORD}`).toString('base64'), 'Content-Type': 'application/json' },
    body: JSON.stringify({ unitCode: REVIEW_UNIT, year: REVIEW_YEAR }),
  });
  console.log(`review ${REVIEW_UNIT}:${REVIEW_YEAR} start: HTTP ${res.status}`); // 409 when already started
}

async function main() {
  await startReview();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const failures = [];
  for (const [app, appPath, must, mustNot] of APPS) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    const served = {};
    page.on('response', async (res) => {
      const m = res.url().match(/\/app\/(\w+)\/locales\/(\w+)\.json/);
      if (m) served[`${m[1]}/${m[2]}`] = await res.body().catch(() => null);
    });
    await page.goto(BASE + `/camunda/app/${app}/`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('input[ng-model="username"]', { timeout: 120000 });
    await page.fill('input[ng-model="username"]', app === 'tasklist' ? MEMBER : USER);
    await page.fill('input[ng-model="password"]', app === 'tasklist' ? MEMBER_PASSWORD : PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForSelector('input[ng-model="username"]', { state: 'detached', timeout: 60000 });
    await page.goto(BASE + appPath, { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(6000);
    if (app === 'tasklist') {
      // the member's own filter, then the first task in it (the one self-review for both places)
      await page.click('text=Việc của tôi').catch(() => {});
      await page.waitForTimeout(3000);
      await page.click('text=Viết bản kiểm điểm cá nhân').catch(() => {});
      await page.waitForTimeout(4000);
    }
    const text = await page.evaluate(() => document.body.innerText);
    const body = served[`${app}/vi`];
    const ours = fs.readFileSync(path.join(OURS, app, 'locales', 'vi.json'));
    if (!body || !Buffer.from(body).equals(ours)) failures.push(`${app}: vi.json served is not ours`);
    if (served[`${app}/en`]) failures.push(`${app}: en.json was loaded too`);
    for (const t of must) if (!text.includes(t)) failures.push(`${app}: missing "${t}"`);
    for (const t of mustNot) if (text.includes(t)) failures.push(`${app}: still English "${t}"`);
    const banner = await page.$('.ce-eol-banner');
    if (banner && (await banner.isVisible())) failures.push(`${app}: migration banner visible`);
    await page.screenshot({ path: path.join(IMG, `${app}-vi.png`) });
    console.log(`${app}: vi.json ${body ? body.length : 0} bytes, screenshot ${app}-vi.png`);
    await context.close();
  }
  await browser.close();
  if (failures.length) {
    console.error('FAILED:\n  ' + failures.join('\n  '));
    process.exit(1);
  }
  console.log('OK: Tasklist, Cockpit and Admin in Vietnamese, our vi.json served, no migration banner');
}

main().catch((e) => { console.error(e); process.exit(1); });
