// The translation memory in the editor, in both interface languages: one article translated
// and partly confirmed; a second sharing sentences (one the same but for harakat, one with a
// number changed, one with a word added). On the second: fill from memory, the matches with
// their scores and differences, the number adapted, Ctrl+1 and a click inserting (one undo
// step, saved), the analysis by band, concordance from selected words opening the first
// article at its segment; and the article list finding the first by its English.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  allById,
  byId,
  click,
  contrasts,
  focused,
  importPaste,
  launch,
  paste,
  quit,
  screenshot,
  shown,
  tempDb,
  textOf,
  waitSaved,
  TIMEOUT,
} from './helpers.mjs';

const PESKOV = 'وقالَ المتحدثُ باسمِ الكرملينِ ديمتري بيسكوف إنَّ المحادثاتِ ستتناولُ الوضعَ في كييف.';
const FIRST = [
  'محادثات الكرملين حول كييف',
  '',
  PESKOV,
  '',
  'وأعلنت الوزارة أن 25 شخصا أصيبوا في الحادث.',
  '',
  'وتأتي المحادثات وسط مخاوف من غزو محتمل لأوكرانيا.',
].join('\n');
const ENGLISH = [
  'Kremlin talks on Kyiv',
  'Kremlin spokesman Dmitry Peskov said the talks would cover the situation in Kyiv.',
  'The ministry said 25 people were injured in the accident.',
  'The talks come amid fears of a possible invasion of Ukraine.',
];
const SECOND = [
  'تقرير جديد من موسكو',
  '',
  // The same sentence without its harakat: a 100% match.
  'وقال المتحدث باسم الكرملين ديمتري بيسكوف إن المحادثات ستتناول الوضع في كييف.',
  '',
  // A number changed: adapted in the English.
  'وأعلنت الوزارة أن 30 شخصا أصيبوا في الحادث.',
  '',
  // A word added.
  'وتأتي المحادثات الجديدة وسط مخاوف من غزو محتمل لأوكرانيا.',
  '',
  'ولم يصدر أي تعليق رسمي من العاصمة البريطانية حتى مساء اليوم.',
].join('\n');

const LANGS = [
  ['en', {}],
  ['ar', { LANG: 'ar_EG.UTF-8', LC_ALL: '', LC_MESSAGES: '' }],
];

const row = (app, position) => app.$(`[data-testid="segment-row"][data-position="${position}"]`);
const targetAt = async (app, position) => (await row(app, position)).$('[data-testid="segment-target"]');

/** Put the caret in segment `position`'s translation and wait for its matches. */
async function matchesOf(app, position) {
  await (await targetAt(app, position)).click();
  await app.waitUntil(async () => (await focused(app)).position === position);
  await app.waitUntil(
    async () => (await byId(app, 'memory-matches').isExisting()) || (await byId(app, 'memory-none').isExisting()),
    { timeout: TIMEOUT, timeoutMsg: `no matches shown for segment ${position}` },
  );
  return allById(app, 'memory-match');
}

/** Select `words` in segment `position`'s Arabic source, as a mouse would. */
async function selectInSource(app, position, words) {
  await app.execute(
    (pos, w) => {
      document.activeElement?.blur();
      const source = document.querySelector(`[data-testid="segment-row"][data-position="${pos}"] [data-testid="segment-source"]`);
      const walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(w);
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + w.length);
          const sel = window.getSelection();
          sel.removeAllRanges();
          sel.addRange(range);
          return;
        }
      }
      throw new Error(`${w} not in segment ${pos}`);
    },
    position,
    words,
  );
}

/** A screenshot once the window has painted what the DOM now holds. */
async function shot(app, name) {
  await app.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  await screenshot(app, name);
}


/** Text of `selector` on screen reading below 4.5:1 against its background (WCAG AA). */
async function poorContrast(app, selector) {
  return (await contrasts(app, selector)).filter((c) => c.ratio < 4.5);
}

const MEMORY_TEXT = [
  '.side-panel h2',
  '.match-score',
  '.match-flag',
  '.match-origin',
  '.match-source',
  '.match-target',
  '.side-panel del',
  '.side-panel ins',
  '.memory-mark',
  '.hit-kind',
  '.hit-origin',
  '.hit-source',
  '.hit-target',
  '.hit mark',
].join(', ');

for (const [lang, env] of LANGS) {
  test(`the memory in the editor (${lang}): matches, insertion, fill, analysis, concordance, search`, async (t) => {
    const app = await launch(tempDb(), { env });
    t.after(() => quit(app));
    await app.setWindowSize(1280, 800);

    // The first article, translated and confirmed (each confirmation makes a unit).
    await importPaste(app, FIRST);
    const firstTitle = await textOf(await byId(app, 'editor-title'));
    for (const [position, english] of ENGLISH.entries()) {
      await paste(app, await targetAt(app, position), english);
      await app.keys(['Control', 'Enter']);
      await app.waitUntil(async () => (await (await row(app, position)).getAttribute('data-status')) === 'translated');
    }
    await waitSaved(app);
    await click(app, 'editor-back');

    // The second: nothing typed yet.
    await importPaste(app, SECOND);
    await shown(app, 'memory-panel');

    // Fill from memory: the 100% match, as a draft marked "from memory".
    await click(app, 'memory-menu-open');
    await click(app, 'memory-fill');
    const note = await shown(app, 'memory-filled');
    assert.equal(await note.getAttribute('data-count'), '1');
    assert.equal(await textOf(await byId(app, 'memory-filled-text')), lang === 'en' ? 'One segment filled from the memory.' : 'ملأت الذاكرة مقطعا واحدا.');
    await app.waitUntil(async () => (await (await targetAt(app, 1)).getValue()) === ENGLISH[1]);
    assert.equal(await (await row(app, 1)).getAttribute('data-status'), 'draft');
    const mark = await (await row(app, 1)).$('[data-testid="memory-mark"]');
    assert.ok(await mark.isDisplayed(), 'the filled segment is marked');
    assert.equal(await textOf(mark), lang === 'en' ? 'from memory' : 'من الذاكرة');
    assert.equal(await (await (await row(app, 2)).$('[data-testid="memory-mark"]')).isExisting(), false);

    // The number changed: a high match, the number adapted in the suggestion.
    let found = await matchesOf(app, 2);
    assert.ok(found.length >= 1);
    const score = Number(await found[0].getAttribute('data-score'));
    assert.ok(score >= 60 && score < 100, `score ${score}`);
    assert.equal(await found[0].getAttribute('data-adapted'), 'true');
    const suggestion = await textOf(await found[0].$('[data-testid="memory-suggestion"]'));
    assert.equal(suggestion, 'The ministry said 30 people were injured in the accident.');
    assert.match(await textOf(await found[0].$('[data-testid="memory-score"]')), new RegExp(`^${score}%$`));
    assert.equal(await textOf(await found[0].$('[data-testid="memory-adapted"]')), lang === 'en' ? 'adapted' : 'مع تعديل');
    // The match's 25 struck out, this segment's 30 underlined.
    assert.equal(await textOf(await found[0].$('[data-testid="memory-del"]')), '25');
    assert.equal(await textOf(await found[0].$('[data-testid="memory-ins"]')), '30');
    // In the Arabic's order, right to left: the match's 25, then this segment's 30 after it.
    const [del25, ins30] = await app.execute(
      (m) => ['memory-del', 'memory-ins'].map((id) => m.querySelector(`[data-testid="${id}"]`).getBoundingClientRect().left),
      found[0],
    );
    assert.ok(del25 > ins30, `25 to the right of 30: ${del25}, ${ins30}`);
    const origin = await textOf(await found[0].$('[data-testid="memory-origin"]'));
    assert.ok(origin.includes(firstTitle), `origin ${origin}`);
    await shot(app, `memory-${lang}`);

    // Ctrl+1: the suggestion in place of the (empty) translation, one undo step, saved.
    await app.keys(['Control', '1']);
    const box = await targetAt(app, 2);
    await app.waitUntil(async () => (await box.getValue()) === suggestion);
    assert.equal((await focused(app)).position, 2, 'the translation keeps the caret');
    await app.keys(['Control', 'z']);
    await app.waitUntil(async () => (await box.getValue()) === '');
    await app.keys(['Control', '1']);
    await app.waitUntil(async () => (await box.getValue()) === suggestion);
    await waitSaved(app);

    // A word added: the match's Arabic shows it underlined; a click inserts the English.
    found = await matchesOf(app, 3);
    assert.ok(found.length >= 1);
    assert.ok(Number(await found[0].getAttribute('data-score')) < 100);
    assert.equal(await textOf(await found[0].$('[data-testid="memory-ins"]')), 'الجديدة');
    await (await found[0].$('[data-testid="memory-insert"]')).click();
    await app.waitUntil(async () => (await (await targetAt(app, 3)).getValue()) === ENGLISH[3]);
    assert.equal((await focused(app)).position, 3);
    await waitSaved(app);

    // The 100% match, and nothing noisy where the memory has nothing.
    found = await matchesOf(app, 1);
    assert.equal(await found[0].getAttribute('data-score'), '100');
    await matchesOf(app, 4);
    assert.ok(await byId(app, 'memory-none').isDisplayed());

    // Changing the filled translation takes its mark away.
    await paste(app, await targetAt(app, 1), `${ENGLISH[1]} Again.`);
    await app.waitUntil(async () => !(await (await row(app, 1)).$('[data-testid="memory-mark"]').isExisting()));
    await waitSaved(app);

    // The analysis: the bands, the 100% one holding one segment.
    await click(app, 'memory-menu-open');
    await click(app, 'analysis-open');
    const dialog = await shown(app, 'analysis-dialog');
    await app.waitUntil(async () => (await allById(app, 'analysis-band')).length === 8);
    const band = async (b) => app.$(`[data-testid="analysis-band"][data-band="${b}"]`);
    assert.equal(await (await band('exact')).getAttribute('data-segments'), '1');
    assert.equal(await (await band('no-match')).getAttribute('data-segments'), '2'); // the headline, the last sentence
    const total = await byId(app, 'analysis-total');
    assert.equal(await total.getAttribute('data-segments'), '5');
    const table = await app.execute((d) => [...d.querySelectorAll('tr')].map((tr) => [...tr.cells].map((c) => c.textContent.trim())), dialog);
    const en = lang === 'en';
    assert.deepEqual(table[0], en ? ['Match', 'Segments', 'Words'] : ['المطابقة', 'المقاطع', 'الكلمات']);
    assert.deepEqual(
      table.slice(1, 9).map((r) => r[0]),
      en
        ? ['Context', '100%', 'Repetitions', '95–99%', '85–94%', '75–84%', '50–74%', 'No match']
        : ['السياق', '100%', 'التكرارات', '95–99%', '85–94%', '75–84%', '50–74%', 'بلا مطابقة'],
    );
    assert.equal(table[2][1], '1');
    // A band's range reads left to right in Arabic too: 95 first, then 99, then the percent.
    const order = await app.execute(() => {
      const bdi = document.querySelector('[data-band="high"] [data-testid="analysis-band-name"] bdi');
      const text = bdi.firstChild;
      const at = (i) => {
        const r = document.createRange();
        r.setStart(text, i);
        r.setEnd(text, i + 1);
        return r.getBoundingClientRect().left;
      };
      return [at(0), at(text.data.indexOf('99')), at(text.data.length - 1)];
    });
    assert.ok(order[0] < order[1] && order[1] < order[2], `95–99% in order: ${order}`);
    assert.deepEqual(table[9].slice(0, 2), [en ? 'Total' : 'المجموع', '5']);
    await shot(app, `analysis-${lang}`);
    await app.setWindowSize(720, 480);
    await shot(app, `analysis-${lang}-720`);
    // No label squeezed onto two lines at the smallest window.
    const squeezed = await app.execute(() =>
      [...document.querySelectorAll('table.analysis th, table.analysis td')].filter((c) => {
        const lh = parseFloat(getComputedStyle(c).lineHeight) || parseFloat(getComputedStyle(c).fontSize) * 1.5;
        return c.getBoundingClientRect().height > lh * 1.9 + 12;
      }).length,
    );
    assert.equal(squeezed, 0, 'analysis labels on one line at 720×480');
    await click(app, 'analysis-close');
    await app.waitUntil(async () => !(await byId(app, 'analysis-dialog').isExisting()));
    await (await targetAt(app, 2)).click();
    await app.waitUntil(async () => (await allById(app, 'memory-match')).length > 0);
    await shot(app, `memory-${lang}-720`);
    await app.setWindowSize(1280, 800);

    // Concordance from words selected in the source: the first article's unit and segment.
    await selectInSource(app, 1, 'ديمتري بيسكوف');
    await app.keys(['Control', 'k']);
    const query = await shown(app, 'concordance-query');
    assert.equal(await query.getValue(), 'ديمتري بيسكوف');
    await app.waitUntil(async () => (await allById(app, 'concordance-hit')).length >= 2, {
      timeout: TIMEOUT,
      timeoutMsg: 'no concordance hits',
    });
    const hits = await allById(app, 'concordance-hit');
    const kinds = await Promise.all(hits.map((h) => h.getAttribute('data-kind')));
    assert.ok(kinds.includes('unit') && kinds.includes('segment'), `kinds ${kinds}`);
    const marked = await app.execute(() => [...document.querySelectorAll('[data-testid="concordance-source"] mark')].map((m) => m.textContent));
    assert.ok(marked.some((m) => m.includes('بيسكوف')), `marked ${marked}`);
    await shot(app, `concordance-${lang}`);
    assert.deepEqual(await poorContrast(app, MEMORY_TEXT), [], 'memory text readable (light)');
    // The same in the dark theme.
    await click(app, 'view-open');
    await click(app, 'theme-dark');
    await click(app, 'view-open'); // closed again (Escape would close the concordance too)
    await app.waitUntil(async () => (await app.execute(() => document.documentElement.dataset.theme)) === 'dark');
    await shot(app, `memory-dark-${lang}`);
    assert.deepEqual(await poorContrast(app, MEMORY_TEXT), [], 'memory text readable (dark)');
    await click(app, 'view-open');
    await click(app, 'theme-light');
    await click(app, 'view-open');
    await app.setWindowSize(720, 480);
    await shot(app, `concordance-${lang}-720`);
    await app.setWindowSize(1280, 800);
    // Escape closes it; Ctrl+K with nothing selected opens an empty query, focused.
    await app.keys(['Escape']);
    await app.waitUntil(async () => !(await byId(app, 'concordance-panel').isExisting()));
    await app.execute(() => window.getSelection().removeAllRanges());
    await (await targetAt(app, 4)).click();
    await app.keys(['Control', 'k']);
    await shown(app, 'concordance-panel');
    assert.equal(await (await byId(app, 'concordance-query')).getValue(), '');
    assert.equal((await focused(app)).testid, 'concordance-query');
    await paste(app, await byId(app, 'concordance-query'), 'situation in Kyiv');
    await app.waitUntil(async () => (await allById(app, 'concordance-hit')).length >= 1);
    const marks = await app.execute(() => [...document.querySelectorAll('[data-testid="concordance-target"] mark')].map((m) => m.textContent));
    assert.ok(marks.some((m) => /situation|Kyiv/i.test(m)), `marked ${marks}`);
    // Opening a hit of the first article opens it at that segment.
    await paste(app, await byId(app, 'concordance-query'), 'بيسكوف');
    await app.waitUntil(async () => (await app.$$('[data-testid="concordance-hit"][data-kind="unit"]')).length >= 1);
    const unit = await app.$('[data-testid="concordance-hit"][data-kind="unit"]');
    await (await unit.$('[data-testid="concordance-open"]')).click();
    await app.waitUntil(async () => (await textOf(await byId(app, 'editor-title'))) === firstTitle, {
      timeout: TIMEOUT,
      timeoutMsg: 'the first article did not open',
    });
    await app.waitUntil(async () => (await focused(app)).position === 1, { timeout: TIMEOUT, timeoutMsg: 'not at the segment' });

    // The second article's insertions were saved: read again from the store.
    await click(app, 'editor-back');
    // The article list finds the first article by a phrase of its English.
    await paste(app, await shown(app, 'article-search'), '25 people were injured');
    await app.waitUntil(async () => (await allById(app, 'article-item')).length === 1, { timeout: TIMEOUT });
    assert.equal(await textOf(await byId(app, 'article-title')), firstTitle);
    await paste(app, await shown(app, 'article-search'), '30 people were injured');
    await app.waitUntil(
      async () => (await allById(app, 'article-item')).length === 1 && (await textOf(await byId(app, 'article-title'))) !== firstTitle,
      { timeout: TIMEOUT, timeoutMsg: 'the second article not found by its English' },
    );
    await click(app, 'article-open');
    await shown(app, 'segment-target');
    assert.equal(await (await targetAt(app, 2)).getValue(), suggestion);
    assert.equal(await (await targetAt(app, 3)).getValue(), ENGLISH[3]);
  });
}

test('the shortcut sheet lists the memory keys', async (t) => {
  const app = await launch(tempDb());
  t.after(() => quit(app));
  await importPaste(app, FIRST);
  await app.keys(['F1']);
  const sheet = await shown(app, 'shortcuts-dialog');
  assert.match(await sheet.getText(), /Insert the first … fifth memory match\s*Ctrl\+1 … Ctrl\+5/);
  assert.match(await sheet.getText(), /Concordance: look up the selected words\s*Ctrl\+K/);
});
