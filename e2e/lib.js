// Shared helpers of the browser tests (node --test e2e/): the app under test, Chromium, logins, screenshots.
// The app is started by e2e/run.sh (packaged jar, H2, demo bloc, scratch folder); BASE points at it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const assert = require('node:assert/strict');
const { chromium } = require('playwright-core');

const BASE = process.env.E2E_BASE || 'http://127.0.0.1:18780';
const ADMIN = ['admin', process.env.E2E_ADMIN_PASSWORD || 'admin-e2e'];
const MEMBER_PASSWORD = process.env.E2E_MEMBER_PASSWORD || 'demo';
const OUT = path.resolve(__dirname, '..', 'target', 'e2e');
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const YEAR = Number(process.env.E2E_YEAR || 2026);

// The flags of the machine notes: no GPU, no QUIC, no background traffic. The fresh profile: Playwright's
// launch() itself starts Chromium with --user-data-dir of a new temporary folder (removed at close) and refuses
// the flag from the caller; each person then gets an isolated context (own cookies) in that browser.
async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A browser context of one person; page errors are collected so a test can assert there were none. */
async function personPage(browser, width = 1400) {
  const context = await browser.newContext({ viewport: { width, height: 1000 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(60000);
  const page = await context.newPage();
  page.pageErrors = [];
  page.on('pageerror', (e) => page.pageErrors.push(e.message));
  return page;
}

/**
 * Logs in through Camunda's web-app login page (the one login of the app: it creates the session that Tasklist,
 * Cockpit, our pages and /api share). Waits for the app header showing the logged-in user.
 */
async function webappLogin(page, app, user, password) {
  await page.goto(`${BASE}/camunda/app/${app}/default/`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('input[ng-model="username"]');
  await page.fill('input[ng-model="username"]', user);
  await page.fill('input[ng-model="password"]', password);
  await page.click('button[type="submit"]');
  const header = '.user-account, [cam-widget-header] .account, .navbar-nav .dropdown';
  try {
    await page.waitForSelector(header, { timeout: 30000 });
  } catch (e) {
    // the session is made but the app's first render can stall on a loaded machine: reload once, then fail
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector(header, { timeout: 30000 });
  }
}

// each test file runs in its own process: its screenshots are numbered in the order of its steps
const FILE = path.basename(process.argv[1] || 'e2e', '.test.js');
let shotNo = 0;
/** Screenshot of the current step: target/e2e/<test file>-NN-<step>.png. */
async function shot(page, name) {
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${FILE}-${String(++shotNo).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Runs a step; on failure a screenshot of the page as it was is kept (…-FAILED.png) and the error rethrown. */
async function step(page, name, fn) {
  try {
    const r = await fn();
    await shot(page, name);
    return r;
  } catch (e) {
    await shot(page, name + '-FAILED').catch(() => {});
    throw e;
  }
}

/** HTTP with Basic credentials (scripts use Basic on /api and /engine-rest; no session, no CSRF). */
async function http(method, url, body, who = ADMIN) {
  const res = await fetch(BASE + url, {
    method,
    headers: {
      Authorization: 'Basic ' + Buffer.from(who.join(':')).toString('base64'),
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
  return { status: res.status, json, text };
}

async function rest(method, url, body, who = ADMIN) {
  const r = await http(method, url, body, who);
  assert.ok(r.status >= 200 && r.status < 300, `${method} ${url} → ${r.status} ${r.text}`);
  return r.json;
}

const member = (code) => [code, MEMBER_PASSWORD];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls fn until it returns a truthy value (the job executor runs the asynchronous steps in the background). */
async function until(what, fn, timeoutMs = 120000) {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(1000);
  }
}

/**
 * The annual cycle N for the demo branch SXD, opened by the Ban Tổ chức (DV0004) as a user would
 * (POST /api/campaigns); an already open year (409) is fine, so every test file may call this.
 */
async function ensureCampaign(unitCode = 'SXD') {
  const r = await http('POST', '/api/campaigns', { year: YEAR, unitCode }, member('DV0004'));
  assert.ok(r.status === 200 || r.status === 201 || r.status === 409, `campaign ${unitCode}:${YEAR} → ${r.status} ${r.text}`);
  return until(`cycle instance ${unitCode}:${YEAR}`, async () =>
    (await rest('GET', `/engine-rest/process-instance?processDefinitionKey=AnnualCycleProcess&businessKey=${unitCode}:${YEAR}`))[0]);
}

module.exports = { BASE, ADMIN, MEMBER_PASSWORD, OUT, YEAR, launch, personPage, webappLogin, shot, step, http, rest, member, sleep, until, ensureCampaign };
