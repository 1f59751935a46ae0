// The glossary of names in the real app: highlights on the sample article (names behind
// clitics too), inserting the first- and second-reference forms, the name checks (in the
// Checks panel), adding a name from selected words, and the glossary view (search, add,
// edit, delete) in both languages.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  allById,
  byId,
  click,
  computed,
  documentAttrs,
  focused,
  importPaste,
  launch,
  paste,
  quit,
  screenshot,
  shown,
  tempDb,
  textOf,
  typeKeys,
  waitSaved,
  TIMEOUT,
} from './helpers.mjs';

const SAMPLE = readFileSync(new URL('../../crates/dragoman-core/assets/sample-kremlin-putin-biden.ar.txt', import.meta.url), 'utf8');
const NAMES_CSV = new URL('../fixtures/names.csv', import.meta.url).pathname;
const CLI = process.env.DRAGOMAN_E2E_CLI;

/** The highlighted names on screen: surface, English, what a click inserts, kind, segment. */
async function names(app) {
  return app.execute(() =>
    [...document.querySelectorAll('[data-testid="name"]')].map((n) => ({
      text: n.textContent,
      english: n.getAttribute('data-english'),
      insert: n.getAttribute('data-insert'),
      kind: n.getAttribute('data-kind'),
      position: Number(n.closest('[data-testid="segment-row"]').getAttribute('data-position')),
      title: n.getAttribute('title'),
      background: getComputedStyle(n).backgroundColor,
    })),
  );
}

/** The translation box of the segment at `position`. */
async function targetAt(app, position) {
  return app.$(`[data-testid="segment-row"][data-position="${position}"] [data-testid="segment-target"]`);
}

/** The open issues of the checks, as the Checks button counts them. */
async function issueCount(app) {
  return Number(await (await byId(app, 'qa-open')).getAttribute('data-count'));
}

test('names on the sample article: highlighted behind clitics, inserted, checked', async (t) => {
  const db = tempDb();
  // The newsroom's glossary, imported with the command line into the app's database.
  const report = execFileSync(CLI, ['--db', db, 'glossary', 'import', NAMES_CSV, '--json']).toString();
  assert.equal(JSON.parse(report).added, 14);
  const app = await launch(db);
  t.after(() => quit(app));
  await importPaste(app, SAMPLE);
  await app.waitUntil(async () => (await names(app)).length > 10, { timeout: TIMEOUT, timeoutMsg: 'no names highlighted' });

  const found = await names(app);
  const biden = found.filter((n) => n.english === 'Joe Biden').map((n) => n.text);
  assert.ok(biden.includes('وبايدن'), `وبايدن highlighted as Biden: ${biden}`);
  assert.ok(biden.includes('لبايدن'), `لبايدن highlighted as Biden: ${biden}`);
  const kyiv = found.find((n) => n.text === 'كييف');
  assert.equal(kyiv?.english, 'Kyiv');
  assert.equal(kyiv.kind, 'place');
  assert.ok(found.some((n) => n.text === 'للكرملين' || n.text === 'الكرملين'));
  // Coloured by kind: a person and a place look different.
  const person = found.find((n) => n.kind === 'person');
  assert.notEqual(person.background, kyiv.background);
  // Hovering shows the English forms and the notes.
  const peskov = found.find((n) => n.english === 'Dmitry Peskov');
  assert.match(peskov.title, /Dmitry Peskov · Peskov/);
  assert.match(peskov.title, /Kremlin spokesman/);

  // Clicking a name inserts its English at the caret: the first reference in the body takes
  // the full form, the next ones the short form; the headline takes the short form.
  const first = found.find((n) => n.english === 'Joe Biden' && n.insert === 'Joe Biden');
  const box = await targetAt(app, first.position);
  await box.click();
  await typeKeys(app, 'Talks with');
  await (await app.$(`[data-testid="segment-row"][data-position="${first.position}"] [data-testid="name"][data-english="Joe Biden"]`)).click();
  await app.waitUntil(async () => (await box.getValue()) === 'Talks with Joe Biden');
  assert.equal((await focused(app)).position, first.position, 'the caret stays in the translation');
  await typeKeys(app, ' soon.');
  assert.equal(await box.getValue(), 'Talks with Joe Biden soon.');

  // Alt+n inserts the n-th name of the segment: here لبايدن, a second reference.
  const later = found.find((n) => n.text === 'لبايدن');
  const rowNames = found.filter((n) => n.position === later.position);
  const n = rowNames.findIndex((x) => x.text === 'لبايدن') + 1;
  const laterBox = await targetAt(app, later.position);
  await laterBox.click();
  await app.keys(['Alt', String(n)]);
  await app.waitUntil(async () => (await laterBox.getValue()) === 'Biden', { timeout: TIMEOUT, timeoutMsg: 'Alt+n inserted nothing' });
  await waitSaved(app);

  // A deprecated spelling is flagged, with a count on the article and a jump to the segment.
  const kyivBox = await targetAt(app, kyiv.position);
  await kyivBox.click();
  await typeKeys(app, 'Putin told Biden about the position of Kiev.');
  await waitSaved(app);
  await app.waitUntil(async () => (await issueCount(app)) > 0, { timeout: TIMEOUT, timeoutMsg: 'no count on the Checks button' });
  await click(app, 'qa-open');
  await shown(app, 'qa-panel');
  await click(app, 'qa-filter-names');
  const deprecated = await app.$('[data-testid="qa-issue"][data-kind="name-deprecated"]');
  await deprecated.waitForDisplayed({ timeout: TIMEOUT });
  const text = await textOf(deprecated);
  assert.match(text, /Kiev/);
  assert.match(text, /Kyiv/);
  assert.equal(Number(await deprecated.getAttribute('data-segment-id')), Number(await (await app.$(`[data-testid="segment-row"][data-position="${kyiv.position}"]`)).getAttribute('data-segment-id')));
  const before = await issueCount(app);
  await app.execute((el) => el.focus(), (await allById(app, 'segment-target'))[0]);
  await (await deprecated.$('[data-testid="qa-issue-jump"]')).click();
  await app.waitUntil(async () => (await focused(app)).position === kyiv.position, { timeout: TIMEOUT, timeoutMsg: 'the jump did not reach the segment' });
  await screenshot(app, 'names-editor-en');

  // Fixing the spelling clears the issue.
  await app.execute((el) => el.select(), kyivBox);
  await typeKeys(app, 'Putin told Biden about the position of Kyiv.');
  await waitSaved(app);
  await app.waitUntil(async () => (await issueCount(app)) < before, { timeout: TIMEOUT, timeoutMsg: 'the fixed spelling is still flagged' });
  assert.equal(await app.$('[data-testid="qa-issue"][data-kind="name-deprecated"]').isExisting(), false);
  // Under the Names filter, the names of the article the glossary lacks.
  await shown(app, 'name-candidates');

  // In Arabic the window mirrors; the highlights and the panel stay.
  await (await app.$('[data-testid="language-ar"]')).click();
  await app.waitUntil(async () => (await documentAttrs(app)).dir === 'rtl');
  assert.ok((await names(app)).length > 10);
  assert.match(await textOf(await byId(app, 'qa-open')), /الفحوص/);
  assert.match(await textOf(await byId(app, 'qa-filter-names')), /الأسماء/);
  await screenshot(app, 'names-editor-ar');
});

test('the glossary view: search, add, edit, delete, and a name added from the editor', async (t) => {
  const db = tempDb();
  execFileSync(CLI, ['--db', db, 'glossary', 'import', NAMES_CSV]);
  const app = await launch(db, { env: { LANG: 'ar_EG.UTF-8' } });
  t.after(() => quit(app));
  assert.equal((await documentAttrs(app)).dir, 'rtl');
  await click(app, 'nav-glossary');
  await shown(app, 'glossary');
  assert.equal(await (await byId(app, 'glossary-count')).getAttribute('data-count'), '14');
  assert.equal(await textOf(await byId(app, 'glossary-count')), '14 اسما');

  // Arabic search ignores harakat and hamza forms; English search ignores case.
  const search = await shown(app, 'glossary-search');
  const englishRows = async () => Promise.all((await allById(app, 'glossary-row-english')).map((e) => textOf(e)));
  await paste(app, search, 'اُوكْرانيا');
  await app.waitUntil(async () => JSON.stringify(await englishRows()) === '["Ukraine"]', { timeout: TIMEOUT, timeoutMsg: 'Arabic search' });
  await paste(app, search, 'KIEV');
  await app.waitUntil(async () => JSON.stringify(await englishRows()) === '["Kyiv"]', { timeout: TIMEOUT, timeoutMsg: 'English search' });
  await paste(app, search, '');
  await (await byId(app, 'glossary-kind')).selectByAttribute('value', 'organization');
  await app.waitUntil(async () => (await englishRows()).length === 4, { timeout: TIMEOUT, timeoutMsg: 'kind filter' });
  await (await byId(app, 'glossary-kind')).selectByAttribute('value', '');
  await screenshot(app, 'glossary-ar');

  // Add a name, then edit it, then delete it.
  await click(app, 'glossary-add');
  await shown(app, 'entry-dialog');
  await paste(app, await byId(app, 'entry-arabic'), 'سيرغي لافروف');
  await paste(app, await byId(app, 'entry-english'), 'Sergei Lavrov');
  await paste(app, await byId(app, 'entry-short'), 'Lavrov');
  await paste(app, await byId(app, 'entry-variants'), 'لافروف');
  await click(app, 'entry-save');
  await app.waitUntil(async () => (await byId(app, 'glossary-count')).getAttribute('data-count').then((c) => c === '15'));
  // The same Arabic name again is refused with a message, in Arabic.
  await click(app, 'glossary-add');
  await paste(app, await byId(app, 'entry-arabic'), 'سيرغي لافروف');
  await paste(app, await byId(app, 'entry-english'), 'Sergey Lavrov');
  await click(app, 'entry-save');
  assert.match(await textOf(await shown(app, 'entry-error')), /بالفعل/);
  await click(app, 'entry-cancel');
  await paste(app, search, 'لافروف');
  await app.waitUntil(async () => (await allById(app, 'glossary-row')).length === 1);
  await click(app, 'glossary-edit');
  assert.match(await textOf(await shown(app, 'entry-dates')), /أضيف في/, 'when it was added and changed');
  await paste(app, await shown(app, 'entry-deprecated'), 'Sergey Lavrov');
  await click(app, 'entry-save');
  await app.waitUntil(async () => !(await byId(app, 'entry-dialog').isExisting()));
  await paste(app, search, 'sergey');
  await app.waitUntil(async () => JSON.stringify(await englishRows()) === '["Sergei Lavrov"]', { timeout: TIMEOUT, timeoutMsg: 'edited entry' });
  await click(app, 'glossary-delete');
  await click(app, 'glossary-delete-confirm');
  await app.waitUntil(async () => (await byId(app, 'glossary-count')).getAttribute('data-count').then((c) => c === '14'));

  // In the editor: select a word that is not in the glossary and add it, with the English
  // spelling suggested from the translation.
  await click(app, 'glossary-back');
  await importPaste(app, 'قال المتحدث زاخاروفا إن موسكو مستعدة.');
  const row = 0;
  await (await targetAt(app, row)).click();
  await typeKeys(app, 'Spokeswoman Zakharova said Moscow was ready.');
  await waitSaved(app);
  await app.execute(() => {
    const source = document.querySelector('[data-testid="segment-source"]');
    const walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      const at = node.textContent.indexOf('زاخاروفا');
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'زاخاروفا'.length);
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        source.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
    }
  });
  await click(app, 'add-to-glossary');
  await shown(app, 'entry-dialog');
  assert.equal(await (await byId(app, 'entry-arabic')).getValue(), 'زاخاروفا');
  await app.waitUntil(async () => (await (await byId(app, 'entry-english')).getValue()) === 'Zakharova', {
    timeout: TIMEOUT,
    timeoutMsg: 'no spelling suggested from the translation',
  });
  await click(app, 'entry-save');
  await app.waitUntil(async () => (await names(app)).some((n) => n.text === 'زاخاروفا' && n.english === 'Zakharova'), {
    timeout: TIMEOUT,
    timeoutMsg: 'the new name is not highlighted',
  });
});

/** A screenshot once the window has painted what the test sees (two animation frames). */
async function shot(app, name) {
  await app.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  await screenshot(app, name);
}

/** Where each of `words` is laid out inside `el` (the first occurrence in its text). */
async function wordBoxes(app, el, words) {
  return app.execute(
    (node, ws) => {
      const out = {};
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      let n;
      while ((n = walker.nextNode())) {
        for (const w of ws) {
          const at = n.textContent.indexOf(w);
          if (at < 0 || w in out) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + w.length);
          const b = range.getBoundingClientRect();
          out[w] = { left: b.left, right: b.right, top: Math.round(b.top) };
        }
      }
      return out;
    },
    el,
    words,
  );
}

/** The rows of the segments that name the Kremlin, with what a click on the name inserts. */
async function kremlinRows(app) {
  return (await names(app)).filter((n) => n.english === 'the Kremlin').map((n) => ({ position: n.position, insert: n.insert }));
}

test('first references skip text not for translation; a form starting a sentence takes a capital', async (t) => {
  const db = tempDb();
  execFileSync(CLI, ['--db', db, 'glossary', 'import', NAMES_CSV]);
  const app = await launch(db);
  t.after(() => quit(app));
  await importPaste(app, SAMPLE);
  await app.waitUntil(async () => (await kremlinRows(app)).length > 2, { timeout: TIMEOUT, timeoutMsg: 'no Kremlin highlighted' });

  // The first mention in the body takes the full form ("the Kremlin"), the next the short one.
  const rows = await kremlinRows(app);
  const first = rows.find((r) => r.insert === 'the Kremlin');
  const next = rows.find((r) => r.position > first.position && r.insert === 'Kremlin');
  assert.ok(first && next, `a first and a second reference: ${JSON.stringify(rows)}`);
  const row = (p) => app.$(`[data-testid="segment-row"][data-position="${p}"]`);
  const nameAt = async (p) => (await row(p)).$('[data-testid="name"][data-english="the Kremlin"]');

  // Marking the first mention "not for translation": the reader of the English never sees
  // it, so the next mention introduces the name and offers the full form.
  await (await targetAt(app, first.position)).click();
  await (await (await row(first.position)).$('[data-testid="segment-exclude"]')).click();
  await app.waitUntil(async () => (await (await row(first.position)).getAttribute('data-status')) === 'excluded');
  await app.waitUntil(async () => (await (await nameAt(next.position)).getAttribute('data-insert')) === 'the Kremlin', {
    timeout: TIMEOUT,
    timeoutMsg: 'the next mention still offers the short form',
  });

  // Inserted at the start of the empty box, the form starts the sentence: a capital.
  const box = await targetAt(app, next.position);
  assert.equal(await box.getValue(), '');
  await box.click();
  await (await nameAt(next.position)).click();
  await app.waitUntil(async () => (await box.getValue()) === 'The Kremlin', { timeout: TIMEOUT, timeoutMsg: 'no capital at the start' });
  // Inside the sentence it stays as the glossary has it.
  await typeKeys(app, ' said it spoke to ');
  await (await nameAt(next.position)).click();
  await app.waitUntil(async () => (await box.getValue()) === 'The Kremlin said it spoke to the Kremlin', { timeout: TIMEOUT });
  await waitSaved(app);

  // Translating the first mention again makes the next one a second reference again.
  await (await (await row(first.position)).$('[data-testid="segment-exclude"]')).click();
  await app.waitUntil(async () => (await (await nameAt(next.position)).getAttribute('data-insert')) === 'Kremlin', {
    timeout: TIMEOUT,
    timeoutMsg: 'including the segment again did not restore the second reference',
  });
});

for (const lang of ['ar', 'en']) {
  test(`name checks that mix scripts read in the interface's direction (${lang})`, async (t) => {
    const db = tempDb();
    execFileSync(CLI, ['--db', db, 'glossary', 'import', NAMES_CSV]);
    const app = await launch(db, { env: { LANG: lang === 'ar' ? 'ar_EG.UTF-8' : 'en_US.UTF-8' } });
    t.after(() => quit(app));
    await app.setWindowSize(1280, 820);
    await importPaste(app, SAMPLE);
    await app.waitUntil(async () => (await names(app)).some((n) => n.english === 'Kyiv'), { timeout: TIMEOUT });
    const kyiv = (await names(app)).find((n) => n.english === 'Kyiv');
    await (await targetAt(app, kyiv.position)).click();
    await typeKeys(app, 'Putin told Biden about the position of Kiev.');
    await waitSaved(app);
    await click(app, 'qa-open');
    const issue = await app.$('[data-testid="qa-issue"][data-kind="name-deprecated"] [data-testid="qa-issue-text"]');
    await issue.waitForDisplayed({ timeout: TIMEOUT });

    // The element takes the interface's direction, and the message reads in it: in Arabic
    // «Kiev» at the inline start (right), then كتابة مهجورة, then المعتمد «Kyiv»; in English
    // "Kiev" then "is an old spelling", then "writes" "Kyiv". The message may wrap in the
    // panel: a pair on one line reads in the interface's direction, or the second is below.
    const direction = lang === 'ar' ? 'rtl' : 'ltr';
    assert.equal(await computed(app, issue, 'direction'), direction);
    const [middle, lead] = lang === 'ar' ? ['مهجورة', 'المعتمد'] : ['old spelling', 'writes'];
    const at = await wordBoxes(app, issue, ['Kiev', middle, lead, 'Kyiv']);
    assert.ok(at.Kiev && at[middle] && at[lead] && at.Kyiv, `the parts of the message: ${JSON.stringify(at)} in “${await textOf(issue)}”`);
    for (const [first, then] of [['Kiev', middle], [lead, 'Kyiv']]) {
      if (at[first].top !== at[then].top) {
        assert.ok(at[then].top > at[first].top, `${then} on a line after ${first}: ${JSON.stringify(at)}`);
        continue;
      }
      const [a, b] = lang === 'ar' ? [at[then], at[first]] : [at[first], at[then]];
      assert.ok(a.right <= b.left + 0.5, `${first} then ${then} read ${direction}: ${JSON.stringify(at)}`);
    }
    assert.equal(at.Kiev.top, at[middle].top, `Kiev and ${middle} on one line: ${JSON.stringify(at)}`);
    await shot(app, `names-check-${lang}-1280`);
    await app.setWindowSize(720, 480);
    await app.waitUntil(async () => (await app.execute(() => window.innerWidth)) <= 720);
    assert.equal(await computed(app, issue, 'direction'), direction);
    await app.execute((el) => el.scrollIntoView({ block: 'center' }), issue);
    await shot(app, `names-check-${lang}-720`);
    await app.setWindowSize(1280, 820);

    // The glossary form's hint for the short form («مثل Putin») reads in the interface's
    // direction while it shows; what is typed there is English, left to right.
    await click(app, 'qa-close');
    await click(app, 'nav-glossary');
    await click(app, 'glossary-add');
    const short = await shown(app, 'entry-short');
    assert.equal(await computed(app, short, 'direction'), direction);
    await shot(app, `names-entry-hint-${lang}`);
    await paste(app, short, 'Lavrov');
    await app.waitUntil(async () => (await computed(app, short, 'direction')) === 'ltr', { timeout: TIMEOUT, timeoutMsg: 'typed English is not left to right' });
    await click(app, 'entry-cancel');
  });
}
