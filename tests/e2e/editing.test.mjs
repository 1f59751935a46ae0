// Editing the English as in any editor: undo and redo per box that survive autosave; find
// that shows its match and replaces one at a time.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { allById, byId, click, focused, importPaste, launch, openArticle, quit, screenshot, shown, tempDb, textOf, typeKeys, waitSaved } from './helpers.mjs';

const ARTICLE = [
  'بوتين وبايدن يتحدثان هاتفيا',
  '',
  'أفاد الكرملين بأن الرئيس الروسي فلاديمير بوتين سيتحدث مع الرئيس الأمريكي جو بايدن يوم الخميس.',
  '',
  'وقال المتحدث باسم الكرملين ديمتري بيسكوف إن المحادثات ستتناول الوضع في كييف.',
].join('\n');

const stored = (db) =>
  JSON.parse(execFileSync(process.env.DRAGOMAN_E2E_CLI, ['--db', db, 'show', '1', '--json']).toString()).segments.map(
    (s) => s.target,
  );

test('undo and redo in a translation box: a word at a time, per box, after autosave, and saved', async (t) => {
  const db = tempDb();
  const app = await launch(db);
  t.after(() => quit(app));
  await importPaste(app, ARTICLE);
  const boxes = await allById(app, 'segment-target');
  const value = (i) => boxes[i].getValue();

  await boxes[1].click();
  await typeKeys(app, 'The Kremlin said');
  await waitSaved(app); // the autosave has written it: undo still has its history
  await app.keys(['Control', 'z']);
  assert.equal(await value(1), 'The Kremlin');
  await app.keys(['Control', 'z']);
  assert.equal(await value(1), 'The');
  await app.keys(['Control', 'Shift', 'z']);
  assert.equal(await value(1), 'The Kremlin');
  await app.keys(['Control', 'y']);
  assert.equal(await value(1), 'The Kremlin said');
  await app.keys(['Control', 'z']);
  await waitSaved(app);
  assert.equal(stored(db)[1], 'The Kremlin', 'what undo gives back is saved like typing');

  // Another box has its own history; undo there leaves the first box alone.
  await boxes[2].click();
  await typeKeys(app, 'Peskov');
  await app.keys(['Control', 'Shift', 's']); // the editor's own change: copy the source
  assert.match(await value(2), /بيسكوف/);
  await app.keys(['Control', 'z']);
  assert.equal(await value(2), 'Peskov', 'copying the source is undone as one step');
  await app.keys(['Control', 'z']);
  assert.equal(await value(2), '');
  assert.equal(await value(1), 'The Kremlin');

  // Back in the first box, after working elsewhere, its history is still there.
  await boxes[1].click();
  await app.keys(['Control', 'y']);
  assert.equal(await value(1), 'The Kremlin said');
  await waitSaved(app);
  assert.deepEqual(stored(db).slice(1), ['The Kremlin said', '']);
});

for (const [lang, env, position] of [
  ['en', {}, (a, b) => `${a} of ${b}`],
  ['ar', { LANG: 'ar_EG.UTF-8' }, (a, b) => `${a} من ${b}`],
]) {
  test(`find shows each match in its segment, Ctrl+H replaces in the translations one at a time (${lang})`, async (t) => {
    const db = tempDb();
    const app = await launch(db, { env });
    t.after(() => quit(app));
    await importPaste(app, ARTICLE);
    const boxes = await allById(app, 'segment-target');
    await boxes[1].click();
    await typeKeys(app, 'Kiev said Kiev');
    await boxes[2].click();
    await typeKeys(app, 'in Kiev');
    await waitSaved(app);

    // Find in the source: each match marked in turn, with where it is among them.
    await app.keys(['Control', 'f']);
    const query = await shown(app, 'find-query');
    await typeKeys(app, 'الكرملين');
    const matches = (n) => app.waitUntil(async () => (await (await byId(app, 'find-count')).getAttribute('data-matches')) === String(n));
    await matches(2);
    await app.keys(['Enter']);
    const current = async () => {
      const mark = await shown(app, 'find-current');
      const row = await mark.$('..').$('..');
      return { text: await mark.getText(), position: await row.getAttribute('data-position') };
    };
    assert.deepEqual(await current(), { text: 'الكرملين', position: '1' });
    assert.equal(await textOf(await byId(app, 'find-position')), position(1, 2));
    assert.ok(await (await byId(app, 'find-current')).isDisplayed({ withinViewport: true }));
    await screenshot(app, `find-source-${lang}`);
    await query.click();
    await app.keys(['Enter']);
    await app.waitUntil(async () => (await current()).position === '2');
    await app.keys(['F3']); // wraps round to the first
    await app.waitUntil(async () => (await current()).position === '1');

    // Ctrl+H: the translations, with a Replace field; Replace does the match it shows.
    await app.keys(['Control', 'h']);
    await shown(app, 'replace-with');
    assert.equal(await (await byId(app, 'find-scope')).getValue(), 'true');
    await query.setValue('Kiev');
    await (await byId(app, 'replace-with')).setValue('Kyiv');
    await matches(3);
    await click(app, 'replace-one'); // nothing shown yet: shows the first match, selected
    const selection = (i) => app.execute((el) => [el.selectionStart, el.selectionEnd], boxes[i]);
    await app.waitUntil(async () => (await selection(1)).join() === '0,4');
    await app.waitUntil(async () => (await focused(app)).position === 1, { timeoutMsg: 'the match is not in the focused box' });
    await app.waitUntil(async () => (await textOf(await byId(app, 'find-position'))) === position(1, 3));
    await screenshot(app, `find-target-${lang}`);
    await click(app, 'replace-one');
    await app.waitUntil(async () => (await boxes[1].getValue()) === 'Kyiv said Kiev');
    await app.waitUntil(async () => (await selection(1)).join() === '10,14', { timeoutMsg: 'the next match is not shown' });
    assert.equal(await textOf(await byId(app, 'find-position')), position(1, 2));
    await click(app, 'find-next'); // skip it
    await app.waitUntil(async () => (await selection(2)).join() === '3,7');
    await click(app, 'replace-one');
    await app.waitUntil(async () => (await boxes[2].getValue()) === 'in Kyiv');
    await waitSaved(app);
    assert.deepEqual(stored(db).slice(1), ['Kyiv said Kiev', 'in Kyiv']);
  });
}

test('Dragoman reopens where the translator left off: the last article, at the segment they were in', async (t) => {
  const db = tempDb();
  // Long enough that the editor renders only the rows in view.
  const long = ['مقالة طويلة', ...Array.from({ length: 220 }, (_, i) => `الفقرة رقم ${i + 1} من المقالة الطويلة.`)].join('\n\n');
  let app = await launch(db);
  t.after(() => quit(app));
  await importPaste(app, ARTICLE);
  await click(app, 'editor-back');
  await importPaste(app, long);
  await app.keys(['Control', 'g']);
  await shown(app, 'jump-input');
  await typeKeys(app, '180');
  await app.keys(['Enter']);
  await app.waitUntil(async () => (await focused(app)).position === 179);
  await typeKeys(app, 'Paragraph 179');
  await waitSaved(app);
  await quit(app);

  app = await launch(db);
  await shown(app, 'editor');
  assert.equal(await textOf(await byId(app, 'editor-title')), 'مقالة طويلة');
  await app.waitUntil(async () => (await focused(app)).position === 179, { timeoutMsg: 'the caret is not back in segment 180' });
  const box = await app.$('textarea:focus');
  assert.equal(await box.getValue(), 'Paragraph 179');
  assert.ok(await box.isDisplayed({ withinViewport: true }), 'the segment is in view');

  // Left from the list: the list it is, next time.
  await click(app, 'editor-back');
  await shown(app, 'article-item');
  await quit(app);
  app = await launch(db);
  await shown(app, 'article-item');
  assert.equal(await byId(app, 'editor').isExisting(), false);
  await openArticle(app);
});

for (const [lang, env, words] of [
  ['en', {}, { untranslated: /One segment has no translation/, drafts: /One translation is an unconfirmed draft/, anyway: 'Export anyway…' }],
  ['ar', { LANG: 'ar_EG.UTF-8' }, { untranslated: /مقطع واحد بلا ترجمة/, drafts: /ترجمة واحدة مسودة غير مؤكدة/, anyway: 'صدّر على أي حال…' }],
]) {
  test(`export says what is unfinished and goes there; the list shows the English headline (${lang})`, async (t) => {
    const db = tempDb();
    const app = await launch(db, { env });
    t.after(() => quit(app));
    await importPaste(app, ARTICLE);
    const boxes = await allById(app, 'segment-target');
    await boxes[0].click();
    await typeKeys(app, 'Putin and Biden: to talk');
    await app.keys(['Control', 'Enter']);
    await app.waitUntil(async () => (await focused(app)).position === 1);
    await typeKeys(app, 'The Kremlin said'); // a draft, and segment 3 untranslated
    await waitSaved(app);

    await click(app, 'export-open');
    const box = await shown(app, 'export-unfinished');
    assert.match(await textOf(await byId(app, 'export-unfinished-untranslated')), words.untranslated);
    assert.match(await textOf(await byId(app, 'export-unfinished-drafts')), words.drafts);
    assert.equal(await textOf(await byId(app, 'export-save')), words.anyway);
    assert.ok(await box.isDisplayed({ withinViewport: true }));
    await screenshot(app, `export-unfinished-${lang}`);
    await click(app, 'export-go-untranslated');
    await app.waitUntil(async () => (await focused(app)).position === 2, { timeoutMsg: 'not taken to the untranslated segment' });
    assert.equal(await byId(app, 'export-dialog').isExisting(), false);

    await click(app, 'editor-back');
    const english = await shown(app, 'article-english-title');
    assert.equal(await textOf(english), 'Putin and Biden: to talk');
    assert.equal(await textOf(await byId(app, 'article-title')), 'بوتين وبايدن يتحدثان هاتفيا');
    await screenshot(app, `list-english-title-${lang}`);
  });
}
