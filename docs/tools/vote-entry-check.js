// Drives the fast ballot-entry page /vote/ in headless Chromium: logs in, enters ballots with the keyboard only
// (1/2/3 per name, Enter = save and next ballot) and checks through the API that they were stored.
// Usage: BASE=http://localhost:8096 USER=admin PASSWORD=… VOTE_ID=1 BALLOTS=3 node vote-entry-check.js
// (needs a vote with issued serials 001…; see README "Lấy phiếu tín nhiệm")
const { chromium } = require('playwright-core');
const path = require('path');
const BASE = process.env.BASE || 'http://localhost:8096';
const USER = process.env.USER_ID || 'admin';
const PASSWORD = process.env.PASSWORD || 'admin-pass';
const VOTE = process.env.VOTE_ID || '1';
const BALLOTS = Number(process.env.BALLOTS || 3);

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox',
    '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  const errors = [];
  page.on('pageerror', e => errors.push(e.message));
  await page.goto(`${BASE}/vote/?voteId=${VOTE}&clerk=A`);
  await page.press('#voteId', 'Enter');
  await page.waitForSelector('#login:not([hidden])');
  await page.fill('#user', USER);
  await page.fill('#password', PASSWORD);
  await page.press('#password', 'Enter');
  await page.waitForSelector('#entry:not([hidden])');
  const names = await page.$$eval('#ballot tbody tr', rows => rows.length);
  for (let b = 0; b < BALLOTS; b++) {
    const serial = String(b + 1).padStart(3, '0');
    await page.waitForFunction(s => document.querySelector('#serial').value === s, serial);
    await page.press('#serial', 'Enter');                 // the page proposes the next serial: confirm it
    for (let i = 0; i < names; i++) await page.keyboard.press(String(1 + ((b + i) % 3)));
    await page.keyboard.press('Enter');                   // save, next ballot
    await page.waitForFunction(s => document.querySelector('#message').textContent.includes(s), serial);
    console.log('ballot', serial, '→', await page.textContent('#message'));
  }
  await page.screenshot({ path: path.resolve(__dirname, '..', 'img', 'vote-entry.png') });
  const auth = 'Basic ' + Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
  const form = await (await fetch(`${BASE}/api/votes/${VOTE}/ballot-form`, { headers: { Authorization: auth } })).json();
  console.log('stored by clerk A:', form.enteredA, 'page errors:', errors.length ? errors : 'none');
  await browser.close();
  if (form.enteredA < BALLOTS || errors.length) process.exit(1);
})().catch(e => { console.error(e); process.exit(1); });
