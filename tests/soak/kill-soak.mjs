// The kill soak (issue 13): the real app is typed into with real key presses at a human pace,
// then SIGKILLed at a random moment, SOAK_KILLS times (default 100) on one database. After each
// kill the SQLite file is read directly (tests/soak/db.py, not Dragoman's code): every key
// pressed more than a second before the kill must be on disk, the file must pass
// `PRAGMA integrity_check`, and the next start must show what is on disk. Run by `make soak`
// (scripts/soak.sh); SOAK_SEED repeats a run's choices. Exits non-zero on any loss.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { appPid, importPaste, launch, openArticle, quit, sleep } from '../e2e/helpers.mjs';

const KILLS = Number(process.env.SOAK_KILLS ?? 100);
const SEED = Number(process.env.SOAK_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** Every edit older than this at the kill must be on disk: the requirement itself. */
const GRACE_MS = 1000;
/** The database is read every POLL_MS while typing in every POLL_EVERY-th round, to measure
 * how long a key press takes to reach the disk. */
const POLL_EVERY = Number(process.env.SOAK_POLL_EVERY ?? 2);
const POLL_MS = 50;
/** The kill comes this long after the typing starts, at random in between. */
const KILL_AFTER = [300, 9000];
const PYTHON = process.env.SOAK_PYTHON ?? process.env.DRAGOMAN_E2E_PYTHON ?? 'python3';
const RESULTS = process.env.SOAK_RESULTS;

const ARTICLE = [
  'بوتين وبايدن يتحدثان هاتفيا',
  '',
  'أفاد الكرملين بأن الرئيس الروسي فلاديمير بوتين سيتحدث مع الرئيس الأمريكي جو بايدن يوم الخميس. وقال المتحدث باسم الكرملين ديمتري بيسكوف إن المحادثات ستتناول الوضع في كييف.',
  '',
  'الملف الأوكراني',
  '',
  'وتابع أن بوتين أبلغ بايدن بموقف كييف غير البناء. وأضاف أن الجانبين اتفقا على مواصلة الحوار. وأشار إلى أن موعد اللقاء المقبل لم يحدد بعد.',
  '',
  'من جهته، قال البيت الأبيض إن الرئيس بايدن سيؤكد دعم الولايات المتحدة لأوكرانيا. وأكد مسؤول أمريكي أن العقوبات ما زالت مطروحة.',
].join('\n');

const WORDS = (
  'the talks would cover Kyiv and the Kremlin said that President Putin will speak with Joe Biden on ' +
  'Thursday while Washington warned of sanctions after the call officials added that both sides agreed ' +
  'to keep talking but no date was set for another meeting spokesman Dmitry Peskov told reporters'
).split(' ');

/** mulberry32: a small seeded generator, so a run can be repeated with SOAK_SEED. */
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return { next, between: (lo, hi) => lo + next() * (hi - lo), pick: (list) => list[Math.floor(next() * list.length)] };
}

/** tests/soak/db.py, kept running: one JSON request and answer per line. */
function reader() {
  const child = spawn(PYTHON, [join(dirname(fileURLToPath(import.meta.url)), 'db.py')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting = [];
  createInterface({ input: child.stdout }).on('line', (line) => waiting.shift()(JSON.parse(line)));
  return {
    ask: (req) =>
      new Promise((resolve) => {
        waiting.push(resolve);
        child.stdin.write(JSON.stringify(req) + '\n');
      }),
    close: () => child.stdin.end(),
  };
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The boxes on screen: segment id and text. */
const boxes = (app) =>
  app.execute(() =>
    [...document.querySelectorAll('[data-testid="segment-row"]')].flatMap((row) => {
      const box = row.querySelector('[data-testid="segment-target"]');
      return box ? [{ id: row.getAttribute('data-segment-id'), text: box.value }] : [];
    }),
  );

/**
 * What was typed, per segment: the text after each key press, with when the press was sent and
 * when WebDriver said it was done (the key is in the box by then). Index 0 is the text the round
 * started from (on disk, shown by the app).
 */
class Typed {
  constructor(start) {
    this.states = new Map(Object.entries(start).map(([id, text]) => [id, [{ text, sent: -Infinity, done: -Infinity }]]));
  }
  last(id) {
    return this.states.get(id).at(-1);
  }
  press(id, text) {
    const state = { text, sent: Date.now(), done: undefined };
    this.states.get(id).push(state);
    return state;
  }
  /** The newest state of `id` whose text is `text`, or -1: what the disk holds. */
  match(id, text) {
    const list = this.states.get(id);
    for (let i = list.length - 1; i >= 0; i--) if (list[i].text === text) return i;
    return -1;
  }
  /** The newest state of `id` done by `time`: what must be on disk at least. */
  required(id, time) {
    const list = this.states.get(id);
    for (let i = list.length - 1; i >= 0; i--) if (list[i].done !== undefined && list[i].done <= time) return i;
    return 0;
  }
}

/** Type into the article until `stop.now`: words with small pauses, a typo put right now and
 * then, a pause to think, a move to another box. */
async function typeAway(app, rng, typed, stop) {
  const ids = [...typed.states.keys()];
  let presses = 0;
  const key = async (id, k, text) => {
    const state = typed.press(id, text);
    await app.keys([k]);
    state.done = Date.now();
    presses++;
  };
  try {
    while (!stop.now) {
      const id = rng.pick(ids);
      const box = await app.$(`[data-testid="segment-row"][data-segment-id="${id}"] [data-testid="segment-target"]`);
      await box.scrollIntoView({ block: 'center' });
      try {
        await box.click();
      } catch (e) {
        // Something drawn over the box (a row's actions, a panel): focus it as a tab would.
        if (stop.now) throw e;
        await app.execute((el) => el.focus(), box);
      }
      await app.keys(['Control', 'End']);
      const words = 1 + Math.floor(rng.next() * 12);
      for (let w = 0; w < words && !stop.now; w++) {
        let text = typed.last(id).text;
        const word = (text === '' || text.endsWith(' ') ? '' : ' ') + rng.pick(WORDS);
        for (const ch of word) {
          if (stop.now) break;
          text += ch;
          await key(id, ch, text);
          await sleep(rng.between(30, 200));
          if (rng.next() < 0.02) {
            await key(id, 'x', text + 'x');
            await sleep(rng.between(100, 300));
            await key(id, 'Backspace', text);
          }
        }
        // What the box holds is what was typed (a lost key press would be seen here, not
        // mistaken later for a lost save).
        const shown = await box.getValue();
        if (shown !== typed.last(id).text) {
          console.log(`  box ${id} shows ${JSON.stringify(shown.slice(-40))}, typed ${JSON.stringify(typed.last(id).text.slice(-40))}`);
          const state = typed.press(id, shown);
          state.done = state.sent;
        }
        await sleep(rng.next() < 0.1 ? rng.between(800, 2500) : rng.between(60, 350));
      }
    }
  } catch (e) {
    if (!stop.now) throw e;
  }
  return presses;
}

/** Read the live file every POLL_MS: each key press's lag is the time from its press to the
 * first read that holds it. */
function poller(db, typed) {
  const seen = new Map([...typed.states.keys()].map((id) => [id, 0]));
  const lags = [];
  let running = true;
  const peeker = reader();
  const loop = (async () => {
    while (running) {
      const answer = await peeker.ask({ op: 'peek', db });
      const at = Date.now();
      if (answer.targets) {
        for (const [id, text] of Object.entries(answer.targets)) {
          if (!seen.has(id)) continue;
          const j = typed.match(id, text);
          const list = typed.states.get(id);
          for (let i = seen.get(id) + 1; i <= j; i++) if (list[i].done !== undefined) lags.push(at - list[i].done);
          if (j > seen.get(id)) seen.set(id, j);
        }
      }
      await sleep(POLL_MS);
    }
  })();
  return {
    lags,
    stop: async () => {
      running = false;
      await loop;
      peeker.close();
    },
  };
}

/** Start the app on `db`, trying again when it does not start at all (under Xvfb, GTK has
 * once failed to initialise before the app ran any code of its own): counted and said. A
 * database the app cannot open is not this: the window shows it, and the round fails. */
async function start(db, totals) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch(db);
    } catch (e) {
      if (attempt === 3) throw e;
      totals.failedStarts++;
      console.log(`  the app did not start (${String(e.message).split('\n')[0]}); starting it again`);
    }
  }
}

/** The app of the round under way, stopped if the soak itself fails. */
let current = null;

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : null;
}

async function main() {
  const started = Date.now();
  // The kills' moments from one stream, each round's typing from a stream of its own: a seed
  // repeats every kill's moment and every round's words, whatever the timing of the last.
  const killRng = generator(SEED);
  const db = process.env.SOAK_DB ?? join(mkdtempSync(join(tmpdir(), 'dragoman-soak-')), 'dragoman.db');
  console.log(`kill soak: ${KILLS} kills, seed ${SEED} (SOAK_SEED=${SEED} repeats it), database ${db}`);
  console.log('(a WebDriver error after a kill is expected: the app is gone mid-command)');
  const checker = reader();
  const totals = { kills: 0, presses: 0, checked: 0, lost: 0, lostRounds: [], integrity: 0, reopen: 0, failedStarts: 0, lags: [], typingMs: 0 };
  let disk = null; // segment id → English on disk after the last kill

  for (let round = 1; round <= KILLS + 1; round++) {
    const app = await start(db, totals);
    current = app;
    const pid = appPid(db);
    if (disk === null) await importPaste(app, ARTICLE);
    else await openArticle(app);
    const shown = Object.fromEntries((await boxes(app)).map((b) => [b.id, b.text]));
    if (disk !== null) {
      const wrong = Object.keys(disk).filter((id) => shown[id] !== disk[id]);
      if (wrong.length) {
        totals.reopen++;
        console.log(`  REOPEN: the app shows other text than the disk in segments ${wrong.join(', ')}`);
      }
    }
    if (round > KILLS) {
      await quit(app); // the last start only checks what the last kill left
      break;
    }

    const rng = generator(Math.imul(SEED ^ 0x9e3779b9, round) ^ round);
    const typed = new Typed(disk ?? shown);
    const stop = { now: false };
    const poll = round % POLL_EVERY === 0 ? poller(db, typed) : null;
    const begin = Date.now();
    const killAfter = killRng.between(...KILL_AFTER);
    let killedAt = 0;
    const killer = (async () => {
      await sleep(killAfter);
      stop.now = true;
      if (poll) await poll.stop();
      killedAt = Date.now();
      process.kill(pid, 'SIGKILL');
    })();
    const presses = await typeAway(app, rng, typed, stop);
    await killer;
    while (alive(pid)) await sleep(20);
    await quit(app);
    totals.kills++;
    totals.presses += presses;
    totals.typingMs += killedAt - begin;
    if (poll) totals.lags.push(...poll.lags);

    const after = await checker.ask({ op: 'check', db });
    if (after.error || after.integrity.join() !== 'ok') {
      totals.integrity++;
      console.log(`  INTEGRITY: ${after.error ?? after.integrity.join('; ')}`);
      if (after.error) throw new Error(after.error);
    }
    let checked = 0;
    let lost = 0;
    for (const id of typed.states.keys()) {
      const list = typed.states.get(id);
      const need = typed.required(id, killedAt - GRACE_MS);
      checked += list.slice(1, need + 1).filter((s) => s.done !== undefined).length;
      const have = typed.match(id, after.targets[id]);
      if (have >= need) continue;
      const missing = list.slice(Math.max(have, 0) + 1, need + 1).filter((s) => s.done !== undefined);
      lost += missing.length;
      const oldest = killedAt - missing[0].done;
      console.log(
        `  LOST in segment ${id}: ${missing.length} key presses, the oldest ${oldest} ms before the kill;` +
          ` on disk ${JSON.stringify(after.targets[id].slice(-50))} (${have < 0 ? 'never typed' : `state ${have}`}),` +
          ` due ${JSON.stringify(list[need].text.slice(-50))} (state ${need})`,
      );
    }
    totals.checked += checked;
    totals.lost += lost;
    if (lost) totals.lostRounds.push(round);
    disk = after.targets;
    const lagNote = poll && poll.lags.length ? `, lag max ${Math.max(...poll.lags)} ms` : '';
    console.log(
      `round ${round}/${KILLS}: killed ${((killedAt - begin) / 1000).toFixed(1)} s into typing, ${presses} key presses` +
        ` (${checked} older than 1 s), ${lost ? `${lost} LOST` : 'none lost'}, integrity ${after.integrity?.join() ?? 'error'}${lagNote}`,
    );
  }
  checker.close();

  const lags = totals.lags.sort((a, b) => a - b);
  const summary = {
    seed: SEED,
    kills: totals.kills,
    keyPresses: totals.presses,
    olderThan1sChecked: totals.checked,
    olderThan1sLost: totals.lost,
    roundsWithLoss: totals.lostRounds,
    integrityFailures: totals.integrity,
    reopenMismatches: totals.reopen,
    startsRetried: totals.failedStarts,
    lagSamples: lags.length,
    lagMedianMs: percentile(lags, 50),
    lagP99Ms: percentile(lags, 99),
    lagMaxMs: lags.at(-1) ?? null,
    typingSeconds: Math.round(totals.typingMs / 1000),
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  console.log('\nkill soak summary');
  console.log(`  seed                          ${summary.seed}`);
  console.log(`  kills (SIGKILL of the app)    ${summary.kills}`);
  console.log(`  key presses typed             ${summary.keyPresses} (${summary.typingSeconds} s of typing)`);
  console.log(`  of them older than 1 s        ${summary.olderThan1sChecked}`);
  console.log(`  older than 1 s and lost       ${summary.olderThan1sLost}${totals.lostRounds.length ? ` (rounds ${totals.lostRounds.join(', ')})` : ''}`);
  console.log(`  integrity_check failures      ${summary.integrityFailures}`);
  console.log(`  restarts showing other text   ${summary.reopenMismatches}`);
  console.log(`  starts that failed, retried   ${summary.startsRetried}`);
  console.log(
    lags.length
      ? `  key press → on disk           median ${summary.lagMedianMs} ms, 99th percentile ${summary.lagP99Ms} ms, max ${summary.lagMaxMs} ms` +
          ` (${lags.length} presses; the file read every ${POLL_MS} ms in 1 round of ${POLL_EVERY})`
      : '  key press → on disk           not measured (no round read the file while typing)',
  );
  console.log(`  duration                      ${summary.durationSeconds} s`);
  if (RESULTS) writeFileSync(RESULTS, JSON.stringify(summary, null, 2) + '\n');
  const failed = summary.olderThan1sLost > 0 || summary.integrityFailures > 0 || summary.reopenMismatches > 0;
  process.exit(failed ? 1 : 0);
}

try {
  await main();
} catch (e) {
  console.error('the soak itself failed:', e);
  if (current) await quit(current);
  process.exit(2);
}
