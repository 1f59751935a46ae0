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
  'بوتين وبايدن يتحدثان هاتفيًا',
  '',
  'أفاد الكرملين بأن الرئيس الروسي فلاديمير بوتين سيتحدث مع الرئيس الأمريكي جو بايدن يوم الخميس.',
  '',
  'وقال المتحدث باسم الكرملين ديمتري بيسكوف إن المحادثات ستبدأ في 11:30 مساءً بتوقيت موسكو.',
].join('\n');

test('an empty paste is refused with a message and nothing is saved', async (t) => {
  const app = await launch(tempDb());
  t.after(() => quit(app));

  await click(app, 'new-article-button');
  await shown(app, 'new-article-dialog');
  await paste(app, await byId(app, 'new-article-text'), '   \n\n  ');
  await click(app, 'new-article-create');
  const error = await shown(app, 'new-article-error');
  assert.equal(await error.getText(), 'There is no text to translate. Paste the article first.');
  await click(app, 'new-article-cancel');
  await shown(app, 'sample-offer');
  assert.equal(await textOf(await byId(app, 'article-list-count')), '0 articles');
});

test('a pasted article is translated, and the translation survives a restart', async (t) => {
  const db = tempDb();
  let app = await launch(db);
  t.after(() => quit(app));

  await click(app, 'new-article-button');
  await (await shown(app, 'new-article-title')).setValue('Putin and Biden to talk');
  await paste(app, await byId(app, 'new-article-text'), TEXT);
  await screenshot(app, 'new-article-en');
  await click(app, 'new-article-create');

  await shown(app, 'editor');
  assert.equal(await (await byId(app, 'editor-title')).getText(), 'Putin and Biden to talk');
  const rows = await allById(app, 'segment-row');
  assert.deepEqual(
    await Promise.all(rows.map((r) => r.getAttribute('data-kind'))),
    ['headline', 'paragraph', 'paragraph'],
  );

  // Type as a translator would: real key events (WebDriver's element send keys).
  const targets = await allById(app, 'segment-target');
  await targets[0].click();
  await targets[0].addValue('Putin and Biden to talk by phone');
  await targets[1].click();
  await targets[1].addValue('The Kremlin said that Russian President Vladimir Putin will speak with Joe Biden.');
  await waitSaved(app);
  const progress = await byId(app, 'editor-progress');
  assert.equal(await progress.getAttribute('data-done'), '2');
  assert.equal(await progress.getAttribute('data-total'), '3');
  await screenshot(app, 'editor-en');

  // Quit and start again on the same database.
  await quit(app);
  app = await launch(db);
  const item = await shown(app, 'article-item');
  assert.match(await item.getText(), /Putin and Biden to talk/);
  assert.equal(await (await byId(app, 'article-progress')).getAttribute('data-done'), '2');
  await click(app, 'article-open');
  await shown(app, 'editor');
  const again = await allById(app, 'segment-target');
  assert.equal(await again[0].getValue(), 'Putin and Biden to talk by phone');
  assert.equal(
    await again[1].getValue(),
    'The Kremlin said that Russian President Vladimir Putin will speak with Joe Biden.',
  );
  assert.equal(await again[2].getValue(), '');
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
