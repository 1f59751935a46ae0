// Importing copied news text, in English and in Arabic: paragraphs one per line with a
// dateline of its own; the site furniture of the sample proposed in the preview, accepted
// (imported "not for translation") and undone line by line; the same article imported twice
// is recognised and can be opened instead.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { allById, byId, click, launch, paste, quit, screenshot, shown, tempDb, textOf, TIMEOUT } from './helpers.mjs';

// The sample the app ships (crates/dragoman-core/assets): masthead, tags, the site's name.
const SAMPLE = readFileSync(new URL('../../crates/dragoman-core/assets/sample-kremlin-putin-biden.ar.txt', import.meta.url), 'utf8');

// Copied from a news site: one line per paragraph, no blank lines, a dateline alone.
const WIRE = [
  'وزير الخارجية يزور بغداد لبحث التعاون في مجال الطاقة',
  'القاهرة - رويترز',
  'وصل وزير الخارجية إلى بغداد اليوم في زيارة تستمر يومين، يلتقي خلالها كبار المسؤولين لبحث ملفات الطاقة والأمن والحدود.',
  'وقال مصدر في الوزارة إن الزيارة تأتي بعد أشهر من الاتصالات بين البلدين. وأضاف أنها ستتناول أيضا عودة الرحلات المباشرة.',
  'وأشار المصدر إلى أن لجنة مشتركة ستجتمع الشهر المقبل لترسيم ما تبقى من الحدود.',
].join('\n');

const L = {
  en: {
    dateline: 'Dateline',
    datelineCount: 'one dateline',
    proposed: '5 lines look like site furniture (a masthead, tags, the site’s name): they are proposed as not for translation.',
    accepted: '5 lines will be imported as not for translation.',
    existing: (title) => new RegExp(`^This article is already in Dragoman: “${title}”, imported .+\\.$`),
    anyway: 'Import anyway',
    open: 'Open the existing article',
  },
  ar: {
    dateline: 'سطر المكان والمصدر',
    datelineCount: 'سطر واحد للمكان والمصدر',
    proposed: 'يبدو أن 5 أسطر من حواشي الموقع (ترويسة أو وسوم أو اسم الموقع): نقترح أن تكون «ليس للترجمة».',
    accepted: 'عند الاستيراد: 5 أسطر «ليس للترجمة».',
    existing: (title) => new RegExp(`^هذه المقالة موجودة في دراغومان من قبل: «${title}»، منذ .+\\.$`),
    anyway: 'استورد مع ذلك',
    open: 'افتح المقالة الموجودة',
  },
};

/** Resize the window and wait until the page has its new size. */
async function resize(app, w, h) {
  await app.setWindowSize(w, h);
  const fits = () => app.execute((w, h) => innerWidth <= w && innerWidth > w - 60 && innerHeight <= h, w, h);
  await app.waitUntil(fits, { timeout: TIMEOUT, timeoutMsg: `the window did not become ${w}×${h}` });
  // Two frames, so that the new size is painted before a screenshot.
  await app.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}

async function start(t, lang) {
  const app = await launch(tempDb());
  t.after(() => quit(app));
  await resize(app, 1280, 820);
  if (lang === 'ar') await click(app, 'language-ar');
  return app;
}

/** Open the import dialog, paste `text`, and wait for its preview. */
async function preview(app, text) {
  await click(app, 'import-button');
  await paste(app, await shown(app, 'import-text'), text);
  await shown(app, 'import-preview');
  await app.waitUntil(async () => (await allById(app, 'import-segment')).length > 0, { timeout: TIMEOUT });
}

/** The preview's lines: kind, text, proposed as furniture, accepted. */
async function lines(app) {
  return Promise.all(
    (await allById(app, 'import-segment')).map(async (li) => ({
      kind: await li.getAttribute('data-kind'),
      text: await textOf(await li.$('.preview-source')),
      furniture: (await li.getAttribute('data-furniture')) === 'true',
      excluded: (await li.getAttribute('data-excluded')) === 'true',
    })),
  );
}

/** Wait for the editor and its rows (they load after it shows). */
async function editor(app) {
  await shown(app, 'editor');
  await app.waitUntil(async () => (await allById(app, 'segment-row')).length > 0, { timeout: TIMEOUT });
}

/** The editor's rows: kind, Arabic source, status. */
async function rows(app) {
  return Promise.all(
    (await allById(app, 'segment-row')).map(async (row) => ({
      kind: await row.getAttribute('data-kind'),
      text: await textOf(await row.$('[data-testid="segment-source"]')),
      status: await row.getAttribute('data-status'),
    })),
  );
}

for (const lang of ['en', 'ar']) {
  const l = L[lang];

  test(`one line per paragraph, and a dateline of its own (${lang})`, async (t) => {
    const app = await start(t, lang);
    await preview(app, WIRE);
    const kinds = ['headline', 'dateline', 'paragraph', 'sentence', 'sentence', 'paragraph'];
    assert.deepEqual((await lines(app)).map((x) => x.kind), kinds);
    const dateline = (await allById(app, 'import-segment'))[1];
    assert.equal(await textOf(await dateline.$('.kind-label')), l.dateline);
    assert.equal(await textOf(await dateline.$('.preview-source')), 'القاهرة - رويترز');
    assert.ok((await textOf(await byId(app, 'import-counts'))).includes(l.datelineCount));
    assert.equal(await byId(app, 'import-furniture').isExisting(), false, 'a dateline is translated, not furniture');
    await click(app, 'import-commit');
    await editor(app);
    const got = await rows(app);
    assert.deepEqual(got.map((r) => r.kind), kinds);
    assert.equal(got[1].text, 'القاهرة - رويترز');
    assert.equal(got[2].text, WIRE.split('\n')[2], 'the first paragraph is not glued to the dateline');
    await screenshot(app, `import-dateline-editor-${lang}`);
  });

  test(`the sample's furniture is proposed; accepting excludes it, undoing one keeps it (${lang})`, async (t) => {
    const app = await start(t, lang);
    await preview(app, SAMPLE);
    const furniture = ['رئيس التحرير', 'عصام كامل', 'الكرملين', 'الكرملين', 'الجريدة الرسمية'];
    assert.deepEqual((await lines(app)).filter((x) => x.furniture).map((x) => x.text), furniture);
    const bar = await byId(app, 'import-furniture-text');
    assert.equal(await textOf(bar), l.proposed);
    assert.ok((await lines(app)).every((x) => !x.excluded), 'proposed, not yet accepted');
    // The proposal shows where it is, at the default size and in the smallest window.
    for (const [w, h] of [
      [1280, 820],
      [720, 480],
    ]) {
      await resize(app, w, h);
      await (await byId(app, 'import-furniture')).scrollIntoView({ block: 'start' });
      assert.ok(await (await byId(app, 'import-furniture-accept-all')).isDisplayed({ withinViewport: true }));
      await screenshot(app, `import-furniture-${lang}-${w}`);
    }
    await resize(app, 1280, 820);

    // One click accepts them all; one click on a line undoes it (the second tag line).
    await click(app, 'import-furniture-accept-all');
    await app.waitUntil(async () => (await lines(app)).filter((x) => x.excluded).length === 5, { timeout: TIMEOUT });
    assert.equal(await textOf(bar), l.accepted);
    await screenshot(app, `import-furniture-accepted-${lang}`);
    const toggles = await allById(app, 'import-furniture-toggle');
    assert.equal(toggles.length, 5);
    await toggles[3].click();
    await app.waitUntil(async () => (await lines(app)).filter((x) => x.excluded).length === 4, { timeout: TIMEOUT });
    assert.equal(await toggles[3].getAttribute('aria-pressed'), 'false');
    assert.equal(await textOf(bar), l.proposed, 'no longer all accepted');
    await click(app, 'import-commit');
    await editor(app);

    const got = await rows(app);
    const excluded = got.filter((r) => r.status === 'excluded').map((r) => r.text);
    assert.deepEqual(excluded, ['رئيس التحرير', 'عصام كامل', 'الكرملين', 'الجريدة الرسمية']);
    const tags = got.filter((r) => r.text === 'الكرملين');
    assert.deepEqual(tags.map((r) => r.status), ['excluded', 'new'], 'the undone line is kept for translation');
    const progress = await byId(app, 'editor-progress');
    assert.equal(Number(await progress.getAttribute('data-total')), got.length - 4, 'excluded lines leave the counts');
  });

  test(`importing the same article again says so and opens the one already there (${lang})`, async (t) => {
    const app = await start(t, lang);
    await preview(app, WIRE);
    assert.equal(await byId(app, 'import-existing').isExisting(), false, 'nothing to warn of the first time');
    await click(app, 'import-commit');
    await editor(app);
    const firstId = await (await allById(app, 'segment-row'))[0].getAttribute('data-segment-id');
    await click(app, 'editor-back');
    await shown(app, 'article-list');

    // The same text again, with harakat and blank lines between its paragraphs.
    await preview(app, WIRE.replace('وزير الخارجية يزور', 'وَزير الخارجية يزور').replaceAll('\n', '\n\n'));
    const warning = await shown(app, 'import-existing');
    const title = WIRE.split('\n')[0];
    assert.match(await textOf(warning), l.existing(title));
    assert.equal(await textOf(await byId(app, 'import-commit')), l.anyway);
    assert.equal(await textOf(await byId(app, 'import-open-existing')), l.open);
    for (const [w, h] of [
      [1280, 820],
      [720, 480],
    ]) {
      await resize(app, w, h);
      assert.ok(await warning.isDisplayed({ withinViewport: true }), `the warning is in view at ${w}×${h}`);
      assert.ok(await (await byId(app, 'import-open-existing')).isDisplayed({ withinViewport: true }));
      await screenshot(app, `import-existing-${lang}-${w}`);
    }
    await click(app, 'import-open-existing');
    await editor(app);
    assert.equal(await (await allById(app, 'segment-row'))[0].getAttribute('data-segment-id'), firstId, 'the article already there');
    await click(app, 'editor-back');
    await app.waitUntil(async () => (await allById(app, 'article-item')).length > 0, { timeout: TIMEOUT });
    assert.equal((await allById(app, 'article-item')).length, 1, 'nothing was imported');

    // "Import anyway" imports a second copy.
    await preview(app, WIRE);
    await shown(app, 'import-existing');
    await click(app, 'import-commit');
    await editor(app);
    assert.notEqual(await (await allById(app, 'segment-row'))[0].getAttribute('data-segment-id'), firstId);
    await click(app, 'editor-back');
    await app.waitUntil(async () => (await allById(app, 'article-item')).length === 2, { timeout: TIMEOUT });
  });
}
