import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textOf, allById, byId, click, computed, launch, paste, quit, screenshot, shown, tempDb } from './helpers.mjs';

const SAMPLE_TITLE = 'الكرملين: محادثات بوتين وبايدن بداية للمحادثات الأمنية';

test('first run offers the sample article and opens it side by side', async (t) => {
  const app = await launch(tempDb());
  t.after(() => quit(app));

  const offer = await shown(app, 'sample-offer');
  assert.match(await offer.getText(), /Start with a real article/);
  assert.equal(await textOf(await byId(app, 'article-list-count')), '0 articles');
  await screenshot(app, 'first-run-en');

  await click(app, 'sample-open');
  const title = await shown(app, 'editor-title');
  assert.equal(await title.getText(), SAMPLE_TITLE);

  const sources = await allById(app, 'segment-source');
  assert.ok(sources.length >= 15, `the sample has ${sources.length} segments`);
  const texts = await Promise.all(sources.map((s) => s.getText()));
  assert.ok(texts.some((s) => s.startsWith('أفاد الكرملين بأن الرئيس الروسي فلاديمير بوتين')));
  // The masthead lines come first, as paragraphs; then the headline; three subheads.
  const kinds = await Promise.all((await allById(app, 'segment-row')).map((r) => r.getAttribute('data-kind')));
  assert.deepEqual(kinds.slice(0, 3), ['paragraph', 'paragraph', 'headline']);
  assert.equal(kinds.filter((k) => k === 'subhead').length, 3);
  assert.equal(kinds.filter((k) => k === 'sentence').length, 2);

  // Each pane has its own direction: Arabic source right to left, typed English left to right.
  assert.equal(await computed(app, sources[5], 'direction'), 'rtl');
  const target = (await allById(app, 'segment-target'))[5];
  await target.click();
  await target.addValue('The Kremlin');
  assert.equal(await computed(app, target, 'direction'), 'ltr');

  // The list's search matches titles as the core does: hamza forms ignored («الامنية» finds
  // the title's «الأمنية»), and a word not in the title hides it.
  await click(app, 'editor-back');
  const search = await shown(app, 'article-search');
  await paste(app, search, 'واشنطن');
  await app.waitUntil(async () => (await allById(app, 'article-item')).length === 0);
  await paste(app, search, 'الامنية');
  await app.waitUntil(async () => (await allById(app, 'article-item')).length === 1);
});
