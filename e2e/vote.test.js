// The confidence vote's counting board on the fast entry page (/vote/): two clerks enter the same paper ballots
// with the keyboard, one reading differs and the disagreement appears; a member of another unit is refused.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const e2e = require('./lib');

const UNIT = 'STC';            // Đảng bộ Sở Tài chính: voters are its BCH (bch-STC)
const CLERK_A = 'DV0020';      // two members of bch-STC
const CLERK_B = 'DV0021';
const OUTSIDER = 'DV0014';     // secretary of Chi bộ Sở Xây dựng: another unit
const ORGANIZATION_BOARD = 'DV0004';   // Trưởng Ban Tổ chức: proposes the counting board (C.III.3.1)
const PRESIDING = 'DV0003';    // Bí thư Đảng ủy Sở Tài chính, BTV of STC: approves the board
const BALLOTS = 3;
let browser;
let voteId;
let candidates;

/**
 * The vote of STC brought to the state where ballot entry is open, through the API as each body would: the process
 * started, the counting board (the two clerks, participants not on the ballot) proposed by the Ban Tổ chức and
 * approved by the BTV of STC, the information window and the self-review reports done so that the conference is
 * held (the count task opens the entry), and the ballots issued by a board member.
 */
async function taskOf(pid, key) {
  const list = await e2e.rest('GET', `/engine-rest/task?processInstanceId=${pid}&taskDefinitionKey=${key}`);
  return list[0];
}

async function completeAs(task, who, variables) {
  await e2e.rest('POST', `/engine-rest/task/${task.id}/complete`, { variables }, e2e.member(who));
}

/** The assignee, or a member of the task's first candidate group (from Camunda's identity, synced from the model). */
async function holderOf(task) {
  if (task.assignee) {
    return task.assignee;
  }
  for (const link of await e2e.rest('GET', `/engine-rest/task/${task.id}/identity-links?type=candidate`)) {
    if (link.groupId) {
      const users = await e2e.rest('GET', `/engine-rest/user?memberOfGroup=${encodeURIComponent(link.groupId)}&maxResults=1`);
      if (users.length) {
        return users[0].id;
      }
    }
  }
  throw new Error(`no holder for task ${task.taskDefinitionKey}`);
}

async function holdConference(pid) {
  const prepare = await taskOf(pid, 'Task_PrepareBallots');
  if (prepare) {
    await completeAs(prepare, ORGANIZATION_BOARD, { countingBoardProposal: { value: `${CLERK_A}, ${CLERK_B}`, type: 'String' },
      ballotsPrepared: { value: true, type: 'Boolean' } });
  }
  const approve = await e2e.until('the approval task', () => taskOf(pid, 'Task_ApproveCountingBoard').then((t) => t
    || taskOf(pid, 'Task_CountBallots').then((c) => c && { done: true })));
  if (!approve.done) {
    await completeAs(approve, PRESIDING, { countingBoardApproved: { value: true, type: 'Boolean' } });
  }
  await e2e.until('the count task (conference held)', async () => {
    if (await taskOf(pid, 'Task_CountBallots')) {
      return true;
    }
    for (const j of await e2e.rest('GET', `/engine-rest/job?processInstanceId=${pid}`)) {
      await e2e.http('POST', `/engine-rest/job/${j.id}/execute`);
    }
    for (const t of await e2e.rest('GET', `/engine-rest/task?processInstanceId=${pid}`)) {
      if (t.taskDefinitionKey === 'Task_AnswerRequests' || t.taskDefinitionKey === 'Task_SelfReviewReport') {
        // completed by whom the BPMN names (the engine's completer check refuses anyone else, the administrator too)
        await e2e.http('POST', `/engine-rest/task/${t.id}/complete`, { variables: {} }, e2e.member(await holderOf(t)));
      }
    }
    return false;
  });
}
async function openVoteEntry() {
  const bk = `${UNIT}:${e2e.YEAR}`;
  const running = await e2e.rest('GET', `/engine-rest/process-instance?processDefinitionKey=ConfidenceVoteProcess&businessKey=${bk}`);
  if (!running.length) {
    const voteDate = `${e2e.YEAR}-12-20`;   // in December, before 30/12 (C.III.1, Đ.II.3)
    await e2e.rest('POST', '/engine-rest/process-definition/key/ConfidenceVoteProcess/start', {
      businessKey: bk,
      variables: { unitCode: { value: UNIT, type: 'String' }, campaignYear: { value: e2e.YEAR, type: 'Integer' },
        voteDate: { value: voteDate, type: 'String' } },
    });
  }
  const found = await e2e.until('the vote record', async () => {
    const r = await e2e.http('GET', `/api/votes?unitCode=${UNIT}&year=${e2e.YEAR}`);
    return r.status === 200 && r.json.voteId;
  });
  const pid = (await e2e.rest('GET', `/engine-rest/process-instance?processDefinitionKey=ConfidenceVoteProcess&businessKey=${bk}`))[0].id;
  await holdConference(pid);
  const clerk = e2e.member(CLERK_A);   // only the counting board issues serials and reads the ballot form
  const form = await e2e.rest('GET', `/api/votes/${found}/ballot-form`, undefined, clerk);
  if (form.issued < BALLOTS) {
    await e2e.rest('POST', `/api/votes/${found}/serials`, { from: 1, to: BALLOTS, width: 3, prefix: '' }, clerk);
  }
  return { id: found, form: await e2e.rest('GET', `/api/votes/${found}/ballot-form`, undefined, clerk) };
}

before(async () => {
  const v = await openVoteEntry();
  voteId = v.id;
  candidates = v.form.candidates;
  assert.equal(v.form.enteredA + v.form.enteredB, 0, 'a fresh vote: nothing entered yet');
  assert.ok(candidates.length >= 2, 'names on the ballot');
  browser = await e2e.launch();
});

after(async () => { await browser?.close(); });

/** Marks of one ballot as keys: 1 cao, 2 tín nhiệm, 3 thấp, one per name. */
function marks(serialNo, clerk) {
  return candidates.map((_, i) => {
    const k = 1 + ((serialNo + i) % 3);
    // clerk B reads the second name of ballot 002 differently: the disagreement the board must resolve
    return clerk === 'B' && serialNo === 2 && i === 1 ? 1 + (k % 3) : k;
  });
}

async function enterAs(user, clerk) {
  const page = await e2e.personPage(browser, 1300);
  // one login for everything: Camunda's login page; the entry page then uses that session
  await e2e.webappLogin(page, 'tasklist', user, e2e.MEMBER_PASSWORD);
  await e2e.step(page, `vote-entry-${clerk}-open`, async () => {
    await page.goto(`${e2e.BASE}/vote/?voteId=${voteId}&clerk=${clerk}`, { waitUntil: 'domcontentloaded' });
    await page.press('#voteId', 'Enter');
    await page.waitForSelector('#entry:not([hidden])');
    assert.equal(await page.$$eval('#ballot tbody tr', (rows) => rows.length), candidates.length);
    assert.match(await page.textContent('#header-info'), /Đảng bộ Sở Tài chính/);
  });
  for (let b = 1; b <= BALLOTS; b++) {
    const serial = String(b).padStart(3, '0');
    if (b === 1) {
      await page.fill('#serial', serial);
    } else {
      await page.waitForFunction((s) => document.querySelector('#serial').value === s, serial); // proposed by the page
    }
    await page.press('#serial', 'Enter');
    for (const k of marks(b, clerk)) await page.keyboard.press(String(k));
    await page.keyboard.press('Enter'); // save, next ballot
    await page.waitForFunction((s) => document.querySelector('#message').textContent.includes(s), serial);
    assert.doesNotMatch(await page.getAttribute('#message', 'class') || '', /err/, await page.textContent('#message'));
  }
  await e2e.shot(page, `vote-entry-${clerk}-entered`);
  const form = await e2e.rest('GET', `/api/votes/${voteId}/ballot-form`, undefined, e2e.member(CLERK_A));
  assert.equal(clerk === 'A' ? form.enteredA : form.enteredB, BALLOTS, `clerk ${clerk}: ${BALLOTS} ballots stored`);
  assert.deepEqual(page.pageErrors, []);
  return page;
}

test('two counting-board clerks enter the ballots with the keyboard and their disagreement appears', async () => {
  await enterAs(CLERK_A, 'A');
  const pageB = await enterAs(CLERK_B, 'B');
  await e2e.step(pageB, 'vote-entry-disagreement', async () => {
    await pageB.click('#btn-diffs');
    await pageB.waitForFunction(() => document.querySelector('#board-output').textContent.includes('Phiếu 002'));
  });
  const output = await pageB.textContent('#board-output');
  assert.doesNotMatch(output, /Phiếu 001|Phiếu 003/, 'only ballot 002 differs');
  const diffs = await e2e.rest('GET', `/api/votes/${voteId}/disagreements`, undefined, e2e.member(CLERK_A));
  assert.deepEqual(diffs.map((d) => d.serial), ['002']);
  // and counting is refused while the two entries differ
  await pageB.click('#btn-tally');
  await pageB.waitForFunction(() => /Hai lượt nhập chưa khớp/.test(document.querySelector('#board-output').textContent));
  await e2e.shot(pageB, 'vote-entry-count-refused');
});

test('a member of another unit is refused the tally and the entry page', async () => {
  const page = await e2e.personPage(browser, 1300);
  await e2e.webappLogin(page, 'tasklist', OUTSIDER, e2e.MEMBER_PASSWORD);
  const tally = await page.evaluate(async (id) => {
    const r = await fetch(`/api/votes/${id}/tally`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    return { status: r.status, body: await r.json().catch(() => null) };
  }, voteId);
  assert.equal(tally.status, 403);
  assert.match(tally.body.message, /Kết quả phiếu tín nhiệm chỉ công bố/);
  await e2e.step(page, 'vote-outsider-refused', async () => {
    await page.goto(`${e2e.BASE}/vote/?voteId=${voteId}&clerk=A`, { waitUntil: 'domcontentloaded' });
    await page.press('#voteId', 'Enter');
    await page.waitForFunction(() => /Chỉ thành viên ban kiểm phiếu/.test(document.querySelector('#message').textContent));
  });
  assert.ok(await page.locator('#entry').isHidden(), 'no ballot form for an outsider');
  const r = await e2e.http('GET', `/api/votes/${voteId}/tally`, undefined, e2e.member(OUTSIDER));
  assert.equal(r.status, 403, 'also with HTTP Basic');
});
