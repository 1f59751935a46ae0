// The spell check of the English in the real app, in English and in Arabic: a misspelt word
// is underlined as it is typed while a glossary name is not; the suggestions (Ctrl+. or a
// right-click) fix it through the same path as typing, so it is saved; a word added to the
// dictionary stays unflagged after a restart; UK spelling flags "color" and not "colour".
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { allById, byId, click, importPaste, launch, openArticle, quit, screenshot, shown, tempDb, textOf, typeKeys, waitSaved, TIMEOUT } from './helpers.mjs';

const NAMES_CSV = new URL('../fixtures/names.csv', import.meta.url).pathname;
const CLI = process.env.DRAGOMAN_E2E_CLI;
const ARTICLE = 'قال دميتري بيسكوف إن الكرملين تلقى الرسالة.\n\nوأضاف أن لون العلم لم يتغير.';

/** The translation box of the segment at `position`. */
function box(app, position) {
  return app.$(`[data-testid="segment-row"][data-position="${position}"] [data-testid="segment-target"]`);
}

/** The underlined words of the segment at `position`, with where they are on screen. */
async function misses(app, position) {
  return app.execute(
    (p) =>
      [...document.querySelectorAll(`[data-testid="segment-row"][data-position="${p}"] [data-testid="spell-miss"]`)].map((m) => {
        const r = m.getBoundingClientRect();
        const ta = m.closest('[data-testid="segment-row"]').querySelector('textarea');
        const b = ta.getBoundingClientRect();
        // The word as the box draws it: in the box's font and language.
        const probe = document.createElement('span');
        probe.lang = ta.lang;
        probe.style.font = getComputedStyle(ta).font;
        probe.style.whiteSpace = 'pre';
        probe.textContent = m.textContent;
        document.body.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        return {
          sameWidth: Math.abs(width - r.width) < 1,
          word: m.textContent,
          inside: r.left >= b.left && r.right <= b.right && r.top >= b.top && r.bottom <= b.bottom && r.width > 0,
          x: r.left + r.width / 2 - (b.left + b.width / 2),
          y: r.top + r.height / 2 - (b.top + b.height / 2),
          line: getComputedStyle(m).textDecorationLine,
        };
      }),
    position,
  );
}

async function waitFor(app, what, fn) {
  await app.waitUntil(fn, { timeout: TIMEOUT, timeoutMsg: what });
}

/** Put the caret at `at` in the box. */
async function caret(app, el, at) {
  await app.execute((node, i) => {
    node.focus();
    node.setSelectionRange(i, i);
  }, el, at);
}

async function menuWords(app) {
  return Promise.all((await allById(app, 'spell-suggestion')).map((s) => textOf(s)));
}

for (const lang of ['en', 'ar']) {
  test(`spelling is checked as it is typed, with suggestions and a dictionary (${lang})`, async (t) => {
    const db = tempDb();
    execFileSync(CLI, ['--db', db, 'glossary', 'import', NAMES_CSV, '--json']);
    let app = await launch(db);
    t.after(() => quit(app));
    await app.setWindowSize(1280, 820);
    if (lang === 'ar') await click(app, 'language-ar');
    await importPaste(app, ARTICLE);

    // Typed: the misspelt word is underlined, in the box, and the glossary's Peskov is not.
    const first = await box(app, 0);
    await first.click();
    await typeKeys(app, 'Peskov said the Kremlin recieved the letter from Zorblat');
    await waitFor(app, 'recieved is not underlined', async () => (await misses(app, 0)).some((m) => m.word === 'recieved'));
    await screenshot(app, `spell-underline-${lang}`);
    let found = await misses(app, 0);
    assert.deepEqual(found.map((m) => m.word), ['recieved', 'Zorblat']);
    assert.ok(found.every((m) => m.inside), `the marks lie over the box: ${JSON.stringify(found)}`);
    assert.ok(found.every((m) => m.sameWidth), `each mark is as wide as its word in the box: ${JSON.stringify(found)}`);
    assert.match(found[0].line, /underline/);

    // Ctrl+. on the word: its suggestions; choosing one fixes the text, which is saved.
    const text = 'Peskov said the Kremlin recieved the letter from Zorblat';
    await caret(app, first, text.indexOf('recieved') + 3);
    await app.keys(['Control', '.']);
    const menu = await shown(app, 'spell-menu');
    await waitFor(app, 'no suggestions', async () => (await menuWords(app)).includes('received'));
    assert.ok((await menuWords(app)).length <= 5);
    assert.ok((await textOf(await byId(app, 'spell-add'))).length > 0);
    await screenshot(app, `spell-menu-${lang}`);
    const received = (await allById(app, 'spell-suggestion'))[(await menuWords(app)).indexOf('received')];
    await received.click();
    await waitFor(app, 'the word was not replaced', async () => (await first.getValue()) === 'Peskov said the Kremlin received the letter from Zorblat');
    assert.ok(!(await menu.isExisting()), 'the menu closed');
    await waitSaved(app);
    await waitFor(app, 'received is still underlined', async () => (await misses(app, 0)).map((m) => m.word).join() === 'Zorblat');

    // A right-click on Zorblat: "Add to dictionary" unflags it (and a typo after it stays).
    await typeKeys(app, ' teh');
    await waitFor(app, 'teh is not underlined', async () => (await misses(app, 0)).some((m) => m.word === 'teh'));
    const zorblat = (await misses(app, 0)).find((m) => m.word === 'Zorblat');
    await first.click({ button: 'right', x: Math.round(zorblat.x), y: Math.round(zorblat.y) });
    await shown(app, 'spell-menu');
    await click(app, 'spell-add');
    await waitFor(app, 'Zorblat is still underlined', async () => (await misses(app, 0)).map((m) => m.word).join() === 'teh');
    await waitSaved(app);

    // UK spelling: "colour" is right and "color" is not (and the other way round in the US).
    const second = await box(app, 1);
    await second.click();
    await typeKeys(app, 'The colour of the flag, its color, did not change');
    await waitFor(app, 'colour is not underlined in US spelling', async () => (await misses(app, 1)).map((m) => m.word).join() === 'colour');
    await (await byId(app, 'spell-variant')).selectByAttribute('value', 'en-GB');
    await waitFor(app, 'color is not underlined in UK spelling', async () => (await misses(app, 1)).map((m) => m.word).join() === 'color');
    await waitSaved(app);

    // At the smallest window, the menu fits.
    await app.setWindowSize(720, 480);
    await caret(app, first, (await first.getValue()).length);
    await app.keys(['Control', '.']);
    const small = await shown(app, 'spell-menu');
    await waitFor(app, 'no suggestions for teh', async () => (await menuWords(app)).includes('the'));
    const fit = await app.execute((m) => {
      const r = m.getBoundingClientRect();
      const w = document.querySelector('[data-testid="spell-miss"][data-word="teh"]').getBoundingClientRect();
      return {
        menu: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
        word: w.top >= 0 && w.bottom <= innerHeight && document.elementFromPoint(w.left + w.width / 2, w.top + w.height / 2)?.tagName === 'TEXTAREA',
        apart: w.bottom <= r.top || w.top >= r.bottom || w.right <= r.left || w.left >= r.right,
        rects: { menu: r.toJSON(), word: w.toJSON(), inner: [innerWidth, innerHeight] },
      };
    }, small);
    const { rects, ...where } = fit;
    assert.deepEqual(where, { menu: true, word: true, apart: true }, `in a 720×480 window the menu and its word are both in view: ${JSON.stringify(rects)}`);
    await screenshot(app, `spell-menu-${lang}-720`);
    await app.keys(['Escape']);
    await waitFor(app, 'Escape did not close the menu', async () => !(await small.isExisting()));

    // After a restart: the dictionary and the UK setting are kept.
    await quit(app);
    app = await launch(db);
    await openArticle(app);
    await waitFor(app, 'teh is not underlined after the restart', async () => (await misses(app, 0)).some((m) => m.word === 'teh'));
    assert.deepEqual((await misses(app, 0)).map((m) => m.word), ['teh'], 'Zorblat stays in the dictionary');
    await waitFor(app, 'color is not underlined after the restart', async () => (await misses(app, 1)).map((m) => m.word).join() === 'color');
    assert.equal(await (await byId(app, 'spell-variant')).getValue(), 'en-GB');
  });
}
