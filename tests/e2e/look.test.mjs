// The view in the real app, in English and in Arabic: the zoom (Ctrl+=, Ctrl+-, Ctrl+0, heard
// in the editor, the glossary and the article list), each pane's text size, and the dark
// theme (chosen, or the system's), all remembered after a restart; the View popover readable
// at the 720×480 minimum; the editor (names, a draft, a find hit) and the glossary in dark,
// with the contrast of their text measured.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { allById, byId, click, computed, contrasts, importPaste, launch, openArticle, quit, screenshot, shown, tempDb, textOf, waitSaved, TIMEOUT } from './helpers.mjs';

const SAMPLE = readFileSync(new URL('../../crates/dragoman-core/assets/sample-kremlin-putin-biden.ar.txt', import.meta.url), 'utf8');
const NAMES_CSV = new URL('../fixtures/names.csv', import.meta.url).pathname;
const CLI = process.env.DRAGOMAN_E2E_CLI;
const ARABIC = { LANG: 'ar_EG.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const LANGS = [
  ['en', {}],
  ['ar', ARABIC],
];

/** The window's width in CSS pixels: a zoomed page has fewer of them. */
const innerWidth = (app) => app.execute(() => window.innerWidth);

/** Wait until the window shows `zoom` percent (the top bar's indicator, and the CSS width). */
async function zoomIs(app, zoom, width100) {
  await app.waitUntil(async () => Math.abs((await innerWidth(app)) - width100 / (zoom / 100)) <= 2, {
    timeout: TIMEOUT,
    timeoutMsg: `the window is not at ${zoom}%: ${await innerWidth(app)} CSS px wide, ${width100} at 100%`,
  });
  const indicator = await byId(app, 'zoom-indicator');
  if (zoom === 100) assert.equal(await indicator.isExisting(), false, 'no indicator at 100%');
  else assert.equal(await textOf(indicator), `${zoom}%`);
}

/** Click in a zoomed window. WebKitWebDriver clicks at an element's CSS coordinates, which a
 *  zoomed page no longer has on screen, so the click is the DOM's own. */
async function press(app, id) {
  await app.execute((el) => el.click(), await shown(app, id));
}

/** A screenshot once the window has painted what the DOM now holds. */
async function shot(app, name) {
  await app.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  await screenshot(app, name);
}

const fontSize = async (app, el) => parseFloat(await computed(app, el, 'font-size'));

/** Every element of `selector` on screen reads at least 4.5:1 (WCAG AA for text). */
async function readable(app, selector, what) {
  const found = await contrasts(app, selector);
  assert.ok(found.length > 0, `${what}: none on screen`);
  const poor = found.filter((c) => c.ratio < 4.5);
  assert.deepEqual(poor, [], `${what}: text below 4.5:1`);
}

/** The luminance of the page's background (0 black … 1 white). */
const pageLuminance = (app) =>
  app.execute(() => {
    const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/[\d.]+/g).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });

for (const [lang, env] of LANGS) {
  test(`zoom (${lang}): Ctrl+= and Ctrl+- by step, Ctrl+0 back to 100%, in every view, remembered`, async (t) => {
    const db = tempDb();
    let app = await launch(db, { env });
    t.after(() => quit(app));
    await click(app, 'sample-open');
    await shown(app, 'editor');
    const width = await innerWidth(app);
    await zoomIs(app, 100, width);

    await app.keys(['Control', '=']);
    await zoomIs(app, 110, width);
    await app.keys(['Control', '=']);
    await zoomIs(app, 125, width);
    await app.keys(['Control', '-']);
    await zoomIs(app, 110, width);
    await app.keys(['Control', '0']);
    await zoomIs(app, 100, width);
    // The shortcuts sheet lists them.
    await app.keys(['F1']);
    const sheet = await textOf(await shown(app, 'shortcuts-dialog'));
    for (const k of ['Ctrl+=', 'Ctrl+−', 'Ctrl+0']) assert.ok(sheet.includes(k), `the sheet lists ${k}`);
    await click(app, 'shortcuts-close');

    await app.keys(['Control', '=']);
    await app.keys(['Control', '=']);
    await zoomIs(app, 125, width);
    await quit(app);
    app = await launch(db, { env });
    await zoomIs(app, 125, width); // as it was left, from the first look
    // Heard in the glossary and the article list too; the indicator goes back to 100%.
    await press(app, 'nav-glossary');
    await shown(app, 'glossary');
    await app.keys(['Control', '-']);
    await zoomIs(app, 110, width);
    await press(app, 'nav-glossary'); // back to the article the app reopened, then the list
    await press(app, 'editor-back');
    await shown(app, 'article-list');
    await app.keys(['Control', '-']);
    await zoomIs(app, 100, width);
    await app.keys(['Control', '-']);
    await zoomIs(app, 90, width);
    await press(app, 'zoom-indicator');
    await zoomIs(app, 100, width);
  });

  test(`text size of each pane (${lang}): set apart from the View popover, remembered; the popover fits 720×480`, async (t) => {
    const db = tempDb();
    let app = await launch(db, { env });
    t.after(() => quit(app));
    await click(app, 'sample-open');
    await shown(app, 'editor');
    const row = 3;
    const source = () => allById(app, 'segment-source').then((all) => all[row]);
    const target = () => allById(app, 'segment-target').then((all) => all[row]);
    await (await target()).addValue('The Kremlin said on Tuesday that talks with Washington on security guarantees would continue.');
    await waitSaved(app);
    const [s0, t0] = [await fontSize(app, await source()), await fontSize(app, await target())];

    await click(app, 'view-open');
    await shown(app, 'view-popover');
    await click(app, 'source-size-in');
    await click(app, 'source-size-in');
    await app.waitUntil(async () => (await textOf(await byId(app, 'source-size-value'))) === '120%', { timeout: TIMEOUT });
    assert.ok(Math.abs((await fontSize(app, await source())) - s0 * 1.2) < 0.5, 'the Arabic is 20% bigger');
    assert.equal(await fontSize(app, await target()), t0, 'the English did not change');

    await click(app, 'target-size-in');
    await app.waitUntil(async () => (await textOf(await byId(app, 'target-size-value'))) === '110%', { timeout: TIMEOUT });
    assert.ok(Math.abs((await fontSize(app, await target())) - t0 * 1.1) < 0.5, 'the English is 10% bigger');
    assert.ok(Math.abs((await fontSize(app, await source())) - s0 * 1.2) < 0.5, 'the Arabic kept its size');
    // The box grew with its text: nothing is cut off.
    await app.waitUntil(async () => app.execute((b) => b.scrollHeight <= b.clientHeight + 2, await target()), {
      timeout: TIMEOUT,
      timeoutMsg: 'the bigger English does not fit its box',
    });
    await app.keys(['Escape']);
    await app.waitUntil(async () => !(await (await byId(app, 'view-popover')).isDisplayed()), { timeout: TIMEOUT });

    await quit(app);
    app = await launch(db, { env });
    await openArticle(app);
    await app.waitUntil(async () => Math.abs((await fontSize(app, await source())) - s0 * 1.2) < 0.5, { timeout: TIMEOUT });
    assert.ok(Math.abs((await fontSize(app, await target())) - t0 * 1.1) < 0.5, 'the English size was remembered');

    // At the smallest window the popover and every control in it are in view and readable.
    await app.setWindowSize(720, 480);
    await click(app, 'view-open');
    const popover = await shown(app, 'view-popover');
    assert.equal(await textOf(await byId(app, 'source-size-value')), '120%');
    for (const id of ['zoom-out', 'zoom-in', 'source-size-out', 'source-size-in', 'target-size-out', 'target-size-in', 'theme-system', 'theme-light', 'theme-dark']) {
      assert.ok(await (await byId(app, id)).isDisplayed({ withinViewport: true }), `${id} in view`);
    }
    const clipped = await app.execute(
      (p) => [...p.querySelectorAll('button, output, .view-label')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
      popover,
    );
    assert.deepEqual(clipped, [], 'no label is cut');
    await readable(app, '.view-popover .view-label, .view-popover output, .view-popover button', 'the popover');
    await shot(app, `view-popover-${lang}`);
    await click(app, 'theme-dark');
    await readable(app, '.view-popover .view-label, .view-popover output, .view-popover button', 'the popover in dark');
    await shot(app, `view-popover-dark-${lang}`);
  });

  test(`dark theme (${lang}): chosen in the popover, readable in the editor and the glossary, remembered`, async (t) => {
    const db = tempDb();
    execFileSync(CLI, ['--db', db, 'glossary', 'import', NAMES_CSV]);
    let app = await launch(db, { env });
    t.after(() => quit(app));
    await importPaste(app, SAMPLE);
    await app.waitUntil(async () => (await allById(app, 'name')).length > 10, { timeout: TIMEOUT, timeoutMsg: 'no names' });
    assert.ok((await pageLuminance(app)) > 0.8, 'light by default (the system is not dark)');
    const list = await byId(app, 'segment-list');
    const lightRow = await computed(app, list, 'background-color');
    await readable(app, '[data-testid="segment-source"], [data-testid="name"]', 'light: the source and its names');
    await readable(app, '.topbar select, .topbar button', 'light: the controls in the top bar');

    await click(app, 'view-open');
    await click(app, 'theme-dark');
    await app.waitUntil(async () => (await pageLuminance(app)) < 0.15, { timeout: TIMEOUT, timeoutMsg: 'the page did not turn dark' });
    assert.equal(await (await byId(app, 'theme-dark')).getAttribute('aria-pressed'), 'true');
    assert.notEqual(await computed(app, list, 'background-color'), lightRow, 'the segment rows turned dark too');
    assert.equal(await app.execute(() => getComputedStyle(document.documentElement).colorScheme), 'dark', 'form controls follow');
    await app.keys(['Escape']);

    // A draft, the names, a find hit: each readable on the dark background.
    const targets = await allById(app, 'segment-target');
    await targets[2].addValue('The Kremlin said talks with Biden would go on.');
    await waitSaved(app);
    await app.keys(['Control', 'f']);
    await (await shown(app, 'find-query')).setValue('محادثات');
    await app.waitUntil(async () => (await app.$$('[data-testid="segment-source"] mark')).length > 1, { timeout: TIMEOUT, timeoutMsg: 'no find hits' });
    await app.keys(['F3']);
    await shown(app, 'find-current');
    await readable(app, '[data-testid="segment-source"]', 'the Arabic');
    await readable(app, '[data-testid="name"]', 'the names, by kind');
    await readable(app, '[data-testid="segment-source"] mark', 'the find hits');
    await readable(app, '[data-testid="segment-target"]', 'the English');
    await readable(app, '.topbar select, .topbar button', 'the controls in the top bar');
    await readable(app, '[data-testid="save-status"], [data-testid="editor-progress-text"], [data-testid="find-count"], .segment-row.header > *', 'the muted text');
    const kinds = await app.execute(() => new Set([...document.querySelectorAll('[data-testid="name"]')].map((n) => getComputedStyle(n).backgroundColor)).size);
    assert.ok(kinds >= 3, 'names keep a colour per kind');
    await (await targets[2]).click();
    await shot(app, `dark-editor-${lang}`);

    // Two versions compared word by word: what went and what came read on the dark dialog.
    await click(app, 'drafts-open');
    await (await shown(app, 'draft-name')).setValue('First');
    await click(app, 'draft-create');
    await app.waitUntil(async () => (await allById(app, 'draft-item')).length === 1, { timeout: TIMEOUT });
    await click(app, 'drafts-close');
    await targets[2].clearValue();
    await targets[2].addValue('The Kremlin said talks with Biden would stop.');
    await waitSaved(app);
    await click(app, 'drafts-open');
    await click(app, 'compare-run');
    await shown(app, 'diff-view');
    await readable(app, '[data-testid="diff-view"] ins, [data-testid="diff-view"] del', 'the drafts compared');
    await readable(app, '[data-testid="drafts-dialog"] h2, [data-testid="drafts-dialog"] button', 'the drafts dialog');
    await shot(app, `dark-drafts-${lang}`);
    await click(app, 'drafts-close');

    await click(app, 'nav-glossary');
    await shown(app, 'glossary-row');
    await readable(app, '[data-testid="glossary-row"] td, .glossary-table th', 'the glossary');
    await shot(app, `dark-glossary-${lang}`);

    await quit(app);
    app = await launch(db, { env });
    assert.ok((await pageLuminance(app)) < 0.15, 'still dark after a restart');
    await click(app, 'view-open');
    assert.equal(await (await byId(app, 'theme-dark')).getAttribute('aria-pressed'), 'true');
    await click(app, 'theme-light');
    await app.waitUntil(async () => (await pageLuminance(app)) > 0.8, { timeout: TIMEOUT, timeoutMsg: 'light again' });
  });
}

test("the system's dark mode (GTK_THEME=Adwaita:dark, which WebKitGTK reports to the page) is followed until a theme is chosen", async (t) => {
  const db = tempDb();
  const dark = { GTK_THEME: 'Adwaita:dark' };
  let app = await launch(db, { env: dark });
  t.after(() => quit(app));
  assert.equal(await app.execute(() => matchMedia('(prefers-color-scheme: dark)').matches), true, 'the system is dark');
  assert.ok((await pageLuminance(app)) < 0.15, 'dark, as the system');
  await click(app, 'view-open');
  assert.equal(await (await byId(app, 'theme-system')).getAttribute('aria-pressed'), 'true');
  await click(app, 'theme-light');
  await app.waitUntil(async () => (await pageLuminance(app)) > 0.8, { timeout: TIMEOUT, timeoutMsg: 'light was chosen' });
  await quit(app);
  app = await launch(db, { env: dark });
  assert.ok((await pageLuminance(app)) > 0.8, 'light stays chosen on a dark system');
  await click(app, 'view-open');
  await click(app, 'theme-system');
  await app.waitUntil(async () => (await pageLuminance(app)) < 0.15, { timeout: TIMEOUT, timeoutMsg: 'back to the system' });
  await quit(app);
  app = await launch(db);
  assert.ok((await pageLuminance(app)) > 0.8, 'as the system: light on a light system');
});
