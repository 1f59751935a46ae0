import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  textOf,
  allById,
  byId,
  click,
  launch,
  paste,
  quit,
  screenshot,
  shown,
  tempDb,
  waitSaved,
} from './helpers.mjs';

const TEXT = [
  'رئيس التحرير',
  'عصام كامل',
  '',
  'بوتين وبايدن يتحدثان هاتفيًا',
  '',
  'أفاد الكرملين بأن الرئيس الروسي فلاديمير بوتين سيتحدث مع الرئيس الأمريكي جو بايدن يوم الخميس. وقال د. ديمتري بيسكوف إن المحادثات ستبدأ في 11:30 مساءً؟ لا، بل في 11.5!',
  '',
  'الملف الأوكراني',
  '',
  'وتابع أن بوتين أبلغ بايدن بموقف كييف «غير البناء!» مشيرًا إلى التسوية.',
].join('\n');

test('an empty paste is refused with a message and nothing is saved', async (t) => {
  const app = await launch(tempDb());
  t.after(() => quit(app));

  await click(app, 'import-button');
  await shown(app, 'import-dialog');
  await paste(app, await byId(app, 'import-text'), '   \n\n  ');
  await click(app, 'import-commit');
  const error = await shown(app, 'import-error');
  assert.equal(await error.getText(), 'There is no text to translate. Paste the article first.');
  await click(app, 'import-cancel');
  await shown(app, 'sample-offer');
  assert.equal(await textOf(await byId(app, 'article-list-count')), '0 articles');
});

test('a pasted article is previewed, segmented, translated, and survives a restart', async (t) => {
  const db = tempDb();
  let app = await launch(db);
  t.after(() => quit(app));

  await click(app, 'import-button');
  await paste(app, await shown(app, 'import-text'), TEXT);
  // The preview: structure and counts before anything is stored.
  const counts = await shown(app, 'import-counts');
  await app.waitUntil(async () => (await textOf(counts)) !== '', { timeout: 10_000 });
  assert.equal(await textOf(counts), 'one headline, one subhead, 3 paragraphs, 3 sentences');
  assert.equal(await (await byId(app, 'import-title')).getValue(), 'بوتين وبايدن يتحدثان هاتفيًا');
  await screenshot(app, 'import-en');
  await (await byId(app, 'import-title')).setValue('Putin and Biden to talk');
  await click(app, 'import-commit');

  await shown(app, 'editor');
  assert.equal(await (await byId(app, 'editor-title')).getText(), 'Putin and Biden to talk');
  const rows = await allById(app, 'segment-row');
  assert.deepEqual(
    await Promise.all(rows.map((r) => r.getAttribute('data-kind'))),
    ['paragraph', 'paragraph', 'headline', 'sentence', 'sentence', 'sentence', 'subhead', 'paragraph'],
  );
  const sources = await Promise.all((await allById(app, 'segment-source')).map((s) => s.getText()));
  assert.equal(sources[4], 'وقال د. ديمتري بيسكوف إن المحادثات ستبدأ في 11:30 مساءً؟');
  assert.equal(sources[5], 'لا، بل في 11.5!');
  assert.equal(sources[7], 'وتابع أن بوتين أبلغ بايدن بموقف كييف «غير البناء!» مشيرًا إلى التسوية.');

  // The masthead is site furniture: one action marks each line "not for translation".
  for (const i of [0, 1]) {
    await (await allById(app, 'segment-row'))[i].moveTo(); // the row's actions show on hover
    await (await allById(app, 'segment-exclude'))[i].click();
  }
  await app.waitUntil(async () => (await (await allById(app, 'segment-row'))[1].getAttribute('data-status')) === 'excluded');
  const progress = await byId(app, 'editor-progress');
  assert.equal(await progress.getAttribute('data-total'), '6', 'excluded lines leave the counts');

  // Type as a translator would: real key events (WebDriver's element send keys).
  const targets = await allById(app, 'segment-target');
  await targets[2].click();
  await targets[2].addValue('Putin and Biden to talk by phone');
  await targets[3].click();
  await targets[3].addValue('The Kremlin said that Russian President Vladimir Putin will speak with Joe Biden on Thursday.');
  await waitSaved(app);
  assert.equal(await progress.getAttribute('data-done'), '2');
  await screenshot(app, 'editor-en');

  // Quit and start again on the same database.
  await quit(app);
  app = await launch(db);
  await shown(app, 'editor'); // where it was left off
  await click(app, 'editor-back');
  const item = await shown(app, 'article-item');
  assert.match(await item.getText(), /Putin and Biden to talk/);
  assert.equal(await (await byId(app, 'article-progress')).getAttribute('data-done'), '2');
  await click(app, 'article-open');
  await shown(app, 'editor');
  const again = await allById(app, 'segment-target');
  assert.equal(await again[2].getValue(), 'Putin and Biden to talk by phone');
  assert.equal(
    await again[3].getValue(),
    'The Kremlin said that Russian President Vladimir Putin will speak with Joe Biden on Thursday.',
  );
  assert.equal(await again[4].getValue(), '');
  assert.equal(await (await allById(app, 'segment-row'))[0].getAttribute('data-status'), 'excluded');

});

test('the translator splits a segment at the caret and merges it back, keeping the translation', async (t) => {
  const app = await launch(tempDb());
  t.after(() => quit(app));
  await click(app, 'import-button');
  await paste(app, await shown(app, 'import-text'), 'العنوان\n\nقال الوزير إن المحادثات بدأت، وإن الوفد وصل إلى جنيف.');
  await app.waitUntil(async () => (await byId(app, 'import-preview')).isExisting(), { timeout: 10_000 });
  await click(app, 'import-commit');
  await shown(app, 'editor');
  const target = (await allById(app, 'segment-target'))[1];
  await target.click();
  await target.addValue('The minister said the talks had begun.');

  // Put the caret after «بدأت،» in the source, as a click there would.
  const source = (await allById(app, 'segment-source'))[1];
  await app.execute((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode();
    while (text && !text.data.includes('،')) text = walker.nextNode();
    const at = text.data.indexOf('،') + 1;
    const sel = window.getSelection();
    sel.removeAllRanges();
    const r = document.createRange();
    r.setStart(text, at);
    r.collapse(true);
    sel.addRange(r);
    el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, source);
  await click(app, 'segment-split');
  await app.waitUntil(async () => (await allById(app, 'segment-row')).length === 3);
  let sources = await Promise.all((await allById(app, 'segment-source')).map((s) => s.getText()));
  assert.deepEqual(sources.slice(1), ['قال الوزير إن المحادثات بدأت،', 'وإن الوفد وصل إلى جنيف.']);
  let targets = await allById(app, 'segment-target');
  assert.equal(await targets[1].getValue(), 'The minister said the talks had begun.');
  assert.equal(await targets[2].getValue(), '');

  await (await allById(app, 'segment-row'))[1].moveTo();
  await click(app, 'segment-merge');
  await app.waitUntil(async () => (await allById(app, 'segment-row')).length === 2);
  sources = await Promise.all((await allById(app, 'segment-source')).map((s) => s.getText()));
  assert.equal(sources[1], 'قال الوزير إن المحادثات بدأت، وإن الوفد وصل إلى جنيف.');
  targets = await allById(app, 'segment-target');
  assert.equal(await targets[1].getValue(), 'The minister said the talks had begun.');
});

test('deleting an article asks first', async (t) => {
  const app = await launch(tempDb());
  t.after(() => quit(app));
  await click(app, 'sample-open');
  await click(app, 'editor-back');
  await shown(app, 'article-item');

  await click(app, 'article-delete');
  await shown(app, 'delete-confirm-dialog');
  await click(app, 'delete-confirm-no');
  assert.equal((await allById(app, 'article-item')).length, 1, 'kept when the user says no');

  await click(app, 'article-delete');
  await click(app, 'delete-confirm-yes');
  await shown(app, 'sample-offer');
  assert.equal((await allById(app, 'article-item')).length, 0);
});

test('a web page copied from a browser keeps its structure and loses its scripts', async (t) => {
  const app = await launch(tempDb());
  t.after(() => quit(app));
  await click(app, 'import-button');
  const area = await shown(app, 'import-text');
  const html = `<meta charset="utf-8"><nav>الرئيسية | العالم</nav>
    <h1 onclick="alert(1)">الكرملين: محادثات بوتين وبايدن</h1>
    <p>أفاد الكرملين بأن الرئيس الروسي يسعى إلى محادثات.<script>window.pwned = true</script></p>
    <figure><img src="x" onerror="window.pwned = true"><figcaption>بوتين في جنيف</figcaption></figure>
    <h2>روسيا والولايات المتحدة</h2><p><a href="javascript:alert(1)">نص الرابط</a> وبقية الفقرة.</p>`;
  const plain = 'الرئيسية | العالم الكرملين: محادثات بوتين وبايدن أفاد الكرملين بأن الرئيس الروسي يسعى إلى محادثات.';
  // What the browser does on paste: a paste event carrying both flavours, then the text.
  await app.execute(
    (el, markup, text) => {
      const data = new DataTransfer();
      data.setData('text/html', markup);
      data.setData('text/plain', text);
      el.focus();
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      el.value = text;
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    },
    area,
    html,
    plain,
  );
  const summary = await shown(app, 'import-summary');
  await app.waitUntil(async () => (await textOf(summary)).includes('Web page'), { timeout: 10_000 });
  const items = await (await byId(app, 'import-segments')).getText();
  assert.match(items, /Headline\s+الكرملين: محادثات بوتين وبايدن/);
  assert.match(items, /Caption\s+بوتين في جنيف/);
  assert.match(items, /Subhead\s+روسيا والولايات المتحدة/);
  assert.doesNotMatch(items, /الرئيسية|pwned|alert|javascript/);
  await click(app, 'import-commit');
  await shown(app, 'editor');
  const kinds = await Promise.all((await allById(app, 'segment-row')).map((r) => r.getAttribute('data-kind')));
  assert.deepEqual(kinds, ['headline', 'paragraph', 'caption', 'subhead', 'paragraph']);
  assert.equal(await app.execute(() => window.pwned === true), false, 'nothing from the page ran');
});
