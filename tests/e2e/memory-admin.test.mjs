// The memory's page (units, threshold, fill on import), filling an imported article from
// TMX units, and deleting an article with or without its units, in both languages.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { allById, byId, click, importPaste, launch, quit, screenshot, shown, tempDb, textOf, TIMEOUT, typeKeys } from './helpers.mjs';

const CLI = process.env.DRAGOMAN_E2E_CLI;
const NEWS_TMX = join(import.meta.dirname, '../fixtures/tmx/news.tmx');
/** How many units the memory of `db` holds, as the command line exports them. */
function unitCount(db) {
  const file = join(mkdtempSync(join(tmpdir(), 'dragoman-tmx-')), 'memory.tmx');
  execFileSync(CLI, ['--db', db, 'tm', 'export', file]);
  return JSON.parse(execFileSync(CLI, ['--db', tempDb(), 'tm', 'import', file, '--json']).toString()).added;
}

// Two sentences of the TMX fixture (one with harakat added), and one it lacks.
const ARTICLE = 'قالَ الكرملين إن المحادثات كانت بناءة.\n\nارتفعت أسعار النفط بنسبة ٣٪ يوم الاثنين.\n\nوصل الوفد إلى جنيف مساء الأحد.';

const WORDS = {
  en: { units5: '5 units', units6: '6 units' },
  ar: { units5: '5 وحدات', units6: '6 وحدات' },
};

for (const lang of ['en', 'ar']) {
  test(`the memory page, filling on import and deleting with or without the units (${lang})`, async (t) => {
    const db = tempDb();
    execFileSync(CLI, ['--db', db, 'tm', 'import', NEWS_TMX]);
    const app = await launch(db);
    t.after(() => quit(app));
    if (lang === 'ar') await click(app, 'language-ar');
    const words = WORDS[lang];

    await click(app, 'nav-memory');
    await shown(app, 'memory-page');
    assert.equal(await textOf(await shown(app, 'memory-units')), words.units5);
    // The threshold is the translator's, kept across visits; 20 is refused.
    const threshold = await byId(app, 'memory-threshold');
    assert.equal(await threshold.getValue(), '60');
    // As a translator changes it: select what is there and type over it (WebDriver's clear
    // would commit an empty field, which the page puts back to what is saved).
    await threshold.click();
    await app.keys(['Control', 'a']);
    await typeKeys(app, '75');
    await app.keys('Tab');
    await click(app, 'memory-fill-on-import');
    await screenshot(app, `memory-page-${lang}`);
    // Saved: a later visit reads it back.
    await app.waitUntil(
      async () => {
        await click(app, 'memory-back');
        await click(app, 'nav-memory');
        const kept = (await (await shown(app, 'memory-threshold')).getValue()) === '75';
        return kept && (await (await byId(app, 'memory-fill-on-import')).isSelected());
      },
      { timeout: TIMEOUT, timeoutMsg: 'the settings were not kept' },
    );
    await click(app, 'memory-back');

    // Importing fills the two segments the memory has at 100%, as drafts from the memory.
    await importPaste(app, ARTICLE);
    const targets = await allById(app, 'segment-target');
    const texts = await Promise.all(targets.map((el) => el.getValue()));
    assert.equal(texts[0], 'The Kremlin said the talks were constructive.');
    assert.equal(texts[1], 'Oil prices rose 3% on Monday.');
    assert.equal(texts[2], '');
    const rows = await allById(app, 'segment-row');
    assert.equal(await rows[0].getAttribute('data-status'), 'draft');

    // Confirming the third makes a sixth unit; deleting the article keeps it...
    await targets[2].click();
    await typeKeys(app, 'The delegation reached Geneva on Sunday evening.');
    await app.keys(['Control', 'Enter']);
    await app.waitUntil(async () => (await rows[2].getAttribute('data-status')) === 'translated');
    await click(app, 'editor-back');
    await click(app, 'nav-memory');
    await app.waitUntil(async () => (await textOf(await shown(app, 'memory-units'))) === words.units6, { timeout: TIMEOUT });
    await click(app, 'memory-back');
    await click(app, 'article-delete');
    await shown(app, 'delete-confirm-dialog');
    await screenshot(app, `delete-units-${lang}`);
    await click(app, 'delete-confirm-yes');
    await app.waitUntil(async () => !(await byId(app, 'article-open').isExisting()));
    await click(app, 'nav-memory');
    assert.equal(await textOf(await shown(app, 'memory-units')), words.units6);
    await click(app, 'memory-back');

    assert.equal(unitCount(db), 6);

    // ...unless asked: a second copy (filled from all three units now), its last segment
    // changed and confirmed, deleted with its units.
    await importPaste(app, ARTICLE);
    const again = await allById(app, 'segment-target');
    assert.equal(await again[2].getValue(), 'The delegation reached Geneva on Sunday evening.');
    await again[2].click();
    await typeKeys(app, ' Again.');
    await app.keys(['Control', 'Enter']);
    const rows2 = await allById(app, 'segment-row');
    await app.waitUntil(async () => (await rows2[2].getAttribute('data-status')) === 'translated');
    await click(app, 'editor-back');
    await click(app, 'article-delete');
    await shown(app, 'delete-confirm-dialog');
    await click(app, 'delete-forget-units');
    await click(app, 'delete-confirm-yes');
    await app.waitUntil(async () => !(await byId(app, 'article-open').isExisting()));
    // The sixth unit, from the first copy, stays; the second copy's went with it.
    assert.equal(unitCount(db), 6);
  });
}
