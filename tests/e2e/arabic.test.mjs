import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textOf, allById, byId, click, computed, documentAttrs, launch, quit, rect, screenshot, shown, tempDb, waitSaved } from './helpers.mjs';

test('in Arabic the whole window mirrors, speaks Arabic, and stays Arabic after a restart', async (t) => {
  const db = tempDb();
  let app = await launch(db);
  t.after(() => quit(app));

  assert.deepEqual(await documentAttrs(app), { lang: 'en', dir: 'ltr' }, 'first run follows the system locale (en_US)');
  await click(app, 'language-ar');
  assert.deepEqual(await documentAttrs(app), { lang: 'ar', dir: 'rtl' });
  assert.equal(await (await shown(app, 'sample-open')).getText(), 'افتح المقالة النموذجية');
  assert.equal(await textOf(await byId(app, 'article-list-count')), 'لا مقالات');
  assert.equal(await (await byId(app, 'import-button')).getText(), 'استيراد مقالة');
  assert.equal(await app.getTitle(), 'دراغومان');
  await screenshot(app, 'first-run-ar');

  await quit(app);
  app = await launch(db);
  assert.deepEqual(await documentAttrs(app), { lang: 'ar', dir: 'rtl' }, 'the choice is remembered');

  await click(app, 'sample-open');
  await shown(app, 'editor');
  assert.match(await (await byId(app, 'editor-back')).getText(), /كل المقالات/);
  // The panes swap sides with the window: the Arabic source is on the right.
  const source = (await allById(app, 'segment-source'))[2];
  const target = (await allById(app, 'segment-target'))[2];
  assert.ok((await rect(app, source)).left > (await rect(app, target)).left, 'source on the right in Arabic');
  assert.equal(await computed(app, source, 'direction'), 'rtl');
  await target.click();
  await target.addValue('The Kremlin said');
  assert.equal(await computed(app, target, 'direction'), 'ltr', 'typed English stays left to right');
  await waitSaved(app);
  // The progress in Arabic: confirmed, drafts and untranslated apart.
  const progress = await byId(app, 'editor-progress');
  const total = Number(await progress.getAttribute('data-total'));
  assert.equal(await textOf(await byId(app, 'editor-progress-text')), `مؤكد: 0 · مسودة: 1 · بلا ترجمة: ${total - 1} · ${Math.round(100 / total)}%`);
  await screenshot(app, 'editor-ar');

  // Back to English: everything flips back.
  await click(app, 'language-en');
  assert.deepEqual(await documentAttrs(app), { lang: 'en', dir: 'ltr' });
  const source2 = (await allById(app, 'segment-source'))[2];
  const target2 = (await allById(app, 'segment-target'))[2];
  assert.ok((await rect(app, source2)).left < (await rect(app, target2)).left, 'source on the left in English');
});

test('on a system in Arabic, the first run opens in Arabic', async (t) => {
  const app = await launch(tempDb(), { env: { LANG: 'ar_EG.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
  t.after(() => quit(app));
  assert.deepEqual(await documentAttrs(app), { lang: 'ar', dir: 'rtl' });
  assert.equal(await (await shown(app, 'sample-open')).getText(), 'افتح المقالة النموذجية');
  assert.equal(await (await byId(app, 'language-ar')).getAttribute('aria-pressed'), 'true');
});
