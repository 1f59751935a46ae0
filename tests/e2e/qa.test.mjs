// The checks in the real app, in English and in Arabic: with the test glossary and the sample
// article, the translator fills three segments with the sample's English and types a wrong
// figure, a wrong month and a misspelling into them; the Checks panel shows each with what the Arabic
// has, the count on its button follows the fixes one by one, an issue set aside stays aside
// after a restart, and the export dialog lists what is still open. The panel and its settings
// fit 1280×820 and the 720×480 minimum, mirrored in Arabic.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  allById,
  byId,
  click,
  computed,
  contrasts,
  documentAttrs,
  focused,
  importPaste,
  launch,
  openArticle,
  paste,
  quit,
  screenshot,
  shown,
  sleep,
  tempDb,
  textOf,
  typeKeys,
  waitSaved,
  TIMEOUT,
} from './helpers.mjs';

const SAMPLE = readFileSync(new URL('../../crates/dragoman-core/assets/sample-kremlin-putin-biden.ar.txt', import.meta.url), 'utf8');
const NAMES_CSV = new URL('../fixtures/names.csv', import.meta.url).pathname;
const CLI = process.env.DRAGOMAN_E2E_CLI;

/** The sample's English, by segment position (tests/fixtures/sample-en.tsv). */
const ENGLISH = new Map(
  readFileSync(new URL('../fixtures/sample-en.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [position, text] = line.split('\t');
      return [Number(position), text];
    }),
);

const FIGURE = 9; // "… on December 7 …" (السابع من ديسمبر)
const MONTH = 12; // "… in Geneva on January 10 …" (العاشر من يناير), "lay the groundwork"
const PLAIN = 13; // translated as it should be

const row = (app, position) => app.$(`[data-testid="segment-row"][data-position="${position}"]`);
const targetAt = async (app, position) => (await row(app, position)).$('[data-testid="segment-target"]');
const segmentId = async (app, position) => Number(await (await row(app, position)).getAttribute('data-segment-id'));

/** The count of open issues on the Checks button. */
async function openCount(app) {
  return Number(await (await byId(app, 'qa-open')).getAttribute('data-count'));
}

async function waitCount(app, test, message) {
  await app.waitUntil(async () => test(await openCount(app)), { timeout: TIMEOUT, timeoutMsg: message });
  return openCount(app);
}

/** The open issues listed in the panel: kind, segment, check, message. */
async function listed(app, testid = 'qa-issue') {
  return app.execute(
    (id) =>
      [...document.querySelectorAll(`[data-testid="${id}"]`)].map((li) => ({
        kind: li.getAttribute('data-kind'),
        check: li.getAttribute('data-check'),
        segmentId: Number(li.getAttribute('data-segment-id')),
        text: li.querySelector('[data-testid="qa-issue-text"]').textContent.replace(/[\u2066-\u2069]/g, ''),
      })),
    testid,
  );
}

/** An issue of the panel in a segment whose message says `words`, if listed. */
async function issueSaying(app, id, words, testid = 'qa-issue') {
  return (await listed(app, testid)).find((i) => i.segmentId === id && i.text.includes(words)) ?? null;
}

async function waitIssue(app, id, words, message, testid = 'qa-issue') {
  await app.waitUntil(async () => (await issueSaying(app, id, words, testid)) !== null, {
    timeout: TIMEOUT,
    timeoutMsg: `${message}: ${JSON.stringify(await listed(app, testid))}`,
  });
  return issueSaying(app, id, words, testid);
}

/** Type `to` over the first `from` in the segment's translation, as the translator would. */
async function retype(app, position, from, to) {
  const box = await targetAt(app, position);
  await box.click();
  await app.execute(
    (el, word) => {
      const at = el.value.indexOf(word);
      el.focus();
      el.setSelectionRange(at, at + word.length);
    },
    box,
    from,
  );
  await typeKeys(app, to);
  await app.waitUntil(async () => !(await box.getValue()).includes(from), { timeout: TIMEOUT, timeoutMsg: `${from} still typed` });
  await waitSaved(app);
}

/** Every text of `selector` reads at 4.5:1 or better on its background. */
async function readable(app, selector, what) {
  const found = await contrasts(app, selector);
  assert.ok(found.length > 0, `${what}: none on screen`);
  const poor = found.filter((c) => c.ratio < 4.5);
  assert.deepEqual(poor, [], `${what}: text below 4.5:1`);
}

/** A screenshot once the window has painted what the test sees (two animation frames). */
async function shot(app, name) {
  await app.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  await screenshot(app, name);
}

async function resize(app, width, height) {
  await app.setWindowSize(width, height);
  await app.waitUntil(async () => (await app.execute(() => window.innerWidth)) <= width, { timeout: TIMEOUT });
}

/** What of the panel is cut or squeezed: chips narrower than their text or wrapped inside,
 *  issue texts squeezed to a column, anything outside the panel or the window. */
async function layoutProblems(app) {
  return app.execute(() => {
    const problems = [];
    const panel = document.querySelector('[data-testid="qa-panel"]').getBoundingClientRect();
    if (panel.left < 0 || panel.right > window.innerWidth + 0.5) problems.push(`panel outside the window: ${panel.left}–${panel.right}`);
    if (panel.width < 180) problems.push(`panel squeezed to ${panel.width}px`);
    for (const chip of document.querySelectorAll('[data-testid^="qa-filter-"]')) {
      const r = chip.getBoundingClientRect();
      if (chip.scrollWidth > chip.clientWidth + 1) problems.push(`chip ${chip.dataset.testid} cut`);
      if (r.height > 2.2 * parseFloat(getComputedStyle(chip).fontSize) + 8) problems.push(`chip ${chip.dataset.testid} on two lines`);
      if (r.left < panel.left - 0.5 || r.right > panel.right + 0.5) problems.push(`chip ${chip.dataset.testid} outside the panel`);
      const range = document.createRange();
      range.selectNodeContents(chip);
      const lines = [...range.getClientRects()];
      if (lines.some((a) => lines.some((b) => a.top >= b.bottom - 1))) problems.push(`chip ${chip.dataset.testid} wraps inside`);
    }
    for (const text of document.querySelectorAll('[data-testid="qa-issue-text"]')) {
      const r = text.getBoundingClientRect();
      if (r.width > 0 && r.width < 120) problems.push(`an issue's text squeezed to ${r.width}px`);
    }
    for (const b of document.querySelectorAll('[data-testid="qa-issue-ignore"], [data-testid="qa-issue-restore"]')) {
      if (b.scrollWidth > b.clientWidth + 1) problems.push(`${b.dataset.testid} cut`);
    }
    return problems;
  });
}

const WORDS = {
  en: { env: {}, checks: 'Checks', remain: /segment(s)? ha(s|ve) checks open/i },
  ar: { env: { LANG: 'ar_EG.UTF-8' }, checks: 'الفحوص', remain: /ملاحظات مفتوحة من الفحوص/ },
};

for (const lang of ['en', 'ar']) {
  test(`checks follow the translator's fixes, an issue set aside stays aside, the export says what is open (${lang})`, async (t) => {
    const words = WORDS[lang];
    const dir = lang === 'ar' ? 'rtl' : 'ltr';
    const db = tempDb();
    execFileSync(CLI, ['--db', db, 'glossary', 'import', NAMES_CSV]);
    let app = await launch(db, { env: words.env });
    t.after(() => quit(app));
    assert.equal((await documentAttrs(app)).dir, dir);
    await app.setWindowSize(1280, 820);
    await importPaste(app, SAMPLE);
    assert.match(await textOf(await (await row(app, FIGURE)).$('[data-testid="segment-source"]')), /ديسمبر/);
    assert.match(await textOf(await (await row(app, MONTH)).$('[data-testid="segment-source"]')), /يناير/);
    const figureId = await segmentId(app, FIGURE);
    const monthId = await segmentId(app, MONTH);
    assert.equal(await textOf(await byId(app, 'qa-open')).then((s) => s.replace(/\d+/g, '').trim()), words.checks);

    // The sample's English, then the translator types a wrong day, a wrong month and a
    // misspelt word over it: the count on the button goes up with each.
    for (const position of [FIGURE, MONTH, PLAIN]) await paste(app, await targetAt(app, position), ENGLISH.get(position));
    await waitSaved(app);
    await sleep(1000); // the checks run a moment after the last save
    let count = await openCount(app);
    for (const [position, from, to] of [
      [FIGURE, 'December 7', 'December 8'],
      [MONTH, 'January 10', 'February 10'],
      [MONTH, 'groundwork', 'grondwork'],
    ]) {
      await retype(app, position, from, to);
      const was = count;
      count = await waitCount(app, (n) => n > was, `typing “${to}” did not raise the count`);
    }

    // The panel lists each one, with what the Arabic has.
    await click(app, 'qa-open');
    await shown(app, 'qa-panel');
    assert.equal(await (await byId(app, 'qa-open')).getAttribute('aria-pressed'), 'true');
    const figure = await waitIssue(app, figureId, '7', 'the wrong figure is not flagged with 7');
    assert.ok(figure.text.includes('8'), `the figure found: ${figure.text}`);
    assert.match(figure.kind, /^(number|date)-/);
    const month = await waitIssue(app, monthId, 'January', 'the wrong month is not flagged with January');
    assert.match(month.kind, /^date-/);
    assert.ok(month.text.includes('February'), `the month found: ${month.text}`);
    const spelt = await waitIssue(app, monthId, 'groundwork', 'the misspelling is not flagged with groundwork');
    assert.equal(spelt.kind, 'misspelling');
    assert.ok(spelt.text.includes('grondwork'));
    assert.equal(await byId(app, 'qa-no-dictionary').isExisting(), false, 'the dictionary is installed');

    // The count on the button is the open issues listed under All; each chip counts its check.
    const all = await listed(app);
    assert.equal(await openCount(app), all.length);
    assert.equal(Number(await (await byId(app, 'qa-issue-count')).getAttribute('data-count')), all.length);
    assert.equal(Number(await (await byId(app, 'qa-filter-all')).getAttribute('data-count')), all.length);
    let sum = 0;
    for (const check of ['names', 'numbers', 'dates', 'punctuation', 'spelling', 'consistency']) {
      const n = Number(await (await byId(app, `qa-filter-${check}`)).getAttribute('data-count'));
      assert.equal(n, all.filter((i) => i.check === check).length, `the ${check} chip`);
      sum += n;
    }
    assert.equal(sum, all.length);
    await click(app, 'qa-filter-spelling');
    assert.equal(await (await byId(app, 'qa-filter-spelling')).getAttribute('aria-pressed'), 'true');
    await app.waitUntil(async () => (await listed(app)).every((i) => i.check === 'spelling'));
    assert.ok((await listed(app)).some((i) => i.kind === 'misspelling'));
    await click(app, 'qa-filter-consistency');
    if ((await listed(app)).length === 0) await shown(app, 'qa-no-issues');
    await click(app, 'qa-filter-all');

    // The message reads in the interface's direction; the panel sits at the inline end.
    const text = await app.$(`[data-testid="qa-issue"][data-segment-id="${monthId}"][data-kind="misspelling"] [data-testid="qa-issue-text"]`);
    assert.equal(await computed(app, text, 'direction'), dir);
    const [p, list] = await app.execute(() =>
      ['qa-panel', 'segment-list'].map((id) => document.querySelector(`[data-testid="${id}"]`).getBoundingClientRect().left),
    );
    assert.ok(lang === 'ar' ? p < list : p > list, `the panel at the inline end: panel ${p}, rows ${list}`);

    // A click on an issue goes to its segment.
    await app.execute((el) => el.focus(), (await allById(app, 'segment-target'))[0]);
    await (await app.$(`[data-testid="qa-issue"][data-segment-id="${figureId}"] [data-testid="qa-issue-jump"]`)).click();
    await app.waitUntil(async () => (await focused(app)).position === FIGURE, { timeout: TIMEOUT, timeoutMsg: 'the issue did not go to its segment' });
    assert.equal(await (await row(app, FIGURE)).getAttribute('data-qa-issues') !== null, true, 'the row is marked');

    // Fixing the figure: the count goes down and its issue goes.
    let before = await openCount(app);
    await retype(app, FIGURE, 'December 8', 'December 7');
    let now = await waitCount(app, (n) => n < before, 'fixing the figure did not lower the count');
    assert.equal(await issueSaying(app, figureId, '8'), null);
    await shot(app, `qa-panel-${lang}-1280`);

    // Ignoring the misspelling: out of the count, under "Ignored (1)".
    before = now;
    await (await app.$(`[data-testid="qa-issue"][data-segment-id="${monthId}"][data-kind="misspelling"] [data-testid="qa-issue-ignore"]`)).click();
    now = await waitCount(app, (n) => n === before - 1, 'ignoring did not lower the count');
    const toggle = await shown(app, 'qa-ignored-toggle');
    assert.equal(await toggle.getAttribute('data-count'), '1');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await issueSaying(app, monthId, 'groundwork'), null);
    const stillOpen = now;

    // After a restart on the same database it is still set aside.
    await quit(app);
    app = await launch(db, { env: words.env });
    await app.setWindowSize(1280, 820);
    await openArticle(app);
    await shown(app, 'segment-target');
    await waitCount(app, (n) => n === stillOpen, `after a restart the count is not ${stillOpen}`);
    await click(app, 'qa-open');
    await shown(app, 'qa-panel');
    await waitIssue(app, monthId, 'January', 'the wrong month is no longer listed after the restart');
    assert.equal(await issueSaying(app, monthId, 'groundwork'), null, 'the ignored misspelling is listed as open');
    const again = await shown(app, 'qa-ignored-toggle');
    assert.equal(await again.getAttribute('data-count'), '1');
    await again.click();
    await waitIssue(app, monthId, 'groundwork', 'the misspelling is not under Ignored', 'qa-ignored-issue');
    await shown(app, 'qa-issue-restore');
    await shot(app, `qa-panel-ignored-${lang}-1280`);

    // Readable in the light theme and in the dark one.
    const PARTS = '.qa-panel h2, .qa-panel .panel-head button, .qa-filter, .qa-issue-check, .qa-issue-segment, [data-testid="qa-issue-text"], .qa-issue-action, .qa-ignored-toggle';
    await readable(app, PARTS, 'light');
    await click(app, 'view-open');
    await click(app, 'theme-dark');
    await app.waitUntil(async () => (await app.execute(() => getComputedStyle(document.documentElement).colorScheme)) === 'dark', { timeout: TIMEOUT });
    await app.keys(['Escape']);
    await readable(app, PARTS, 'dark');
    await shot(app, `qa-panel-dark-${lang}-1280`);
    await click(app, 'view-open');
    await click(app, 'theme-light');
    await app.keys(['Escape']);

    // At the 720×480 minimum the panel is whole: chips wrap, nothing is cut or squeezed.
    await resize(app, 720, 480);
    await app.waitUntil(async () => (await layoutProblems(app)).length === 0, {
      timeout: TIMEOUT,
      timeoutMsg: `at 720×480: ${JSON.stringify(await layoutProblems(app))}`,
    });
    assert.ok(await (await byId(app, 'qa-filter-all')).isDisplayed({ withinViewport: true }));
    await shot(app, `qa-panel-${lang}-720`);

    // The settings fit too; a change is saved at once and the checks run again.
    await click(app, 'qa-settings-open');
    const dialog = await shown(app, 'qa-settings-dialog');
    const box = await app.execute((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, scrolls: el.scrollHeight > el.clientHeight + 1 };
    }, dialog);
    assert.ok(box.top >= 0 && box.bottom <= 480 && box.left >= 0 && box.right <= 720, `the settings in the window: ${JSON.stringify(box)}`);
    for (const id of ['qa-setting-names', 'qa-setting-consistency', 'qa-number-style-point', 'qa-number-style-comma', 'qa-settings-close']) {
      if (!box.scrolls) assert.ok(await (await byId(app, id)).isDisplayed({ withinViewport: true }), `${id} in view`);
    }
    assert.equal(await (await byId(app, 'qa-number-style-point')).isSelected(), true);
    await shot(app, `qa-settings-${lang}-720`);
    await click(app, 'qa-setting-dates');
    await app.waitUntil(async () => (await issueSaying(app, monthId, 'January')) === null, { timeout: TIMEOUT, timeoutMsg: 'the dates check switched off still shows' });
    assert.equal(await (await byId(app, 'qa-setting-dates')).isSelected(), false);
    await click(app, 'qa-setting-dates');
    await waitIssue(app, monthId, 'January', 'the dates check switched on again shows nothing');
    await click(app, 'qa-settings-close');
    await resize(app, 1280, 820);
    await waitCount(app, (n) => n === stillOpen, 'the count after the settings');

    // The export dialog says what is still open and goes there.
    await click(app, 'export-open');
    const line = await shown(app, 'export-unfinished-issues');
    assert.equal(Number(await line.getAttribute('data-count')), stillOpen);
    assert.match(await textOf(line), words.remain);
    const exported = await allById(app, 'export-issue');
    assert.equal(exported.length, Math.min(stillOpen, 8));
    const toMonth = await app.$(`[data-testid="export-issue"][data-segment-id="${monthId}"]`);
    assert.match(await textOf(toMonth), /January/);
    assert.equal(await textOf(await byId(app, 'export-save')), lang === 'ar' ? 'صدّر على أي حال…' : 'Export anyway…');
    await shot(app, `qa-export-${lang}`);
    await toMonth.click();
    await app.waitUntil(async () => (await focused(app)).position === MONTH, { timeout: TIMEOUT, timeoutMsg: 'the export did not go to the segment' });
    assert.equal(await byId(app, 'export-dialog').isExisting(), false);

    // Fixing the month lowers the count; restored, the misspelling counts again until fixed.
    before = await openCount(app);
    await retype(app, MONTH, 'February', 'January');
    now = await waitCount(app, (n) => n < before, 'fixing the month did not lower the count');
    assert.equal(await issueSaying(app, monthId, 'January'), null);
    const fixed = now;
    await click(app, 'qa-issue-restore');
    await waitCount(app, (n) => n === fixed + 1, 'restoring did not count the misspelling again');
    await waitIssue(app, monthId, 'groundwork', 'the restored misspelling is not listed');
    await retype(app, MONTH, 'grondwork', 'groundwork');
    now = await waitCount(app, (n) => n === fixed, 'fixing the misspelling did not lower the count');
    assert.equal(await byId(app, 'qa-ignored-toggle').isExisting(), false);
    if (now === 0) {
      await shown(app, 'qa-no-issues');
      await click(app, 'export-open');
      await shown(app, 'export-dialog');
      assert.equal(await byId(app, 'export-unfinished-issues').isExisting(), false);
      await click(app, 'export-close');
    }

    // The shortcut closes and opens the panel.
    await (await targetAt(app, PLAIN)).click();
    await app.keys(['Control', 'Shift', 'n']);
    await app.waitUntil(async () => !(await byId(app, 'qa-panel').isExisting()), { timeout: TIMEOUT, timeoutMsg: 'Ctrl+Shift+N did not close the panel' });
    assert.equal(await (await byId(app, 'qa-open')).getAttribute('aria-pressed'), 'false');
    await app.keys(['Control', 'Shift', 'n']);
    await shown(app, 'qa-panel');
  });
}
