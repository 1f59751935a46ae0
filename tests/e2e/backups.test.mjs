// Backups in the app: one made by hand, restored (the database as it was kept aside first),
// in both languages and at the smallest window; and a damaged database, found by the check
// at start, open read-only with a banner, refusing an import, mended by a restore.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { openSync, closeSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { box, allById, byId, click, launch, paste, quit, screenshot, shown, tempDb, textOf, TIMEOUT } from './helpers.mjs';

const CLI = process.env.DRAGOMAN_E2E_CLI;
const cli = (db, ...args) => execFileSync(CLI, ['--db', db, ...args], { env: { ...process.env, LANG: 'en_US.UTF-8' } }).toString();
const titles = (db) => JSON.parse(cli(db, 'list', '--json')).map((a) => a.title);

const L = {
  en: {
    none: 'No backups yet.',
    manual: 'Made by hand',
    confirm: /^Restore the backup of .+\? Everything done since then is replaced/,
    restored: /^Restored the backup of .+\. The database as it was is kept as a backup\.$/,
    beforeRestore: 'Before a restore',
  },
  ar: {
    none: 'لا نسخ احتياطية بعد.',
    manual: 'يدوية',
    confirm: /^أتسترجع نسخة .+؟ يستبدل كل ما عمل بعدها/,
    restored: /^استرجعت نسخة .+\. حفظت قاعدة البيانات كما كانت نسخة احتياطية\.$/,
    beforeRestore: 'قبل استرجاع',
  },
};

const SIZES = [
  [1280, 820],
  [720, 480],
];

for (const lang of ['en', 'ar']) {
  test(`a backup made by hand is restored, and what it replaced is kept (${lang})`, async (t) => {
    const db = tempDb();
    const app = await launch(db);
    t.after(() => quit(app));
    if (lang === 'ar') await click(app, 'language-ar');
    await click(app, 'backups-open');
    await shown(app, 'backups-dialog');
    assert.equal(await textOf(await shown(app, 'backups-none')), L[lang].none);
    await click(app, 'backups-create');
    await shown(app, 'backups-created');
    const rows = await allById(app, 'backup-row');
    assert.equal(rows.length, 1);
    assert.match(await rows[0].getText(), new RegExp(L[lang].manual));
    for (const [w, h] of SIZES) {
      await app.setWindowSize(w, h);
      const dialog = await byId(app, 'backups-dialog');
      await app.waitUntil(async () => (await box(app, dialog)).vw <= w);
      const d = await box(app, dialog);
      assert.ok(d.top >= 0 && d.bottom <= d.vh + 0.5 && d.right <= d.vw + 0.5, `the dialog fits at ${w}×${h}: ${JSON.stringify(d)}`);
      // The restore button keeps its word on one line, beside the row's date and kind.
      const restore = await box(app, await byId(app, 'backup-restore'));
      assert.ok(restore.width > 40 && restore.height < 48, `the restore button is readable: ${JSON.stringify(restore)}`);
      await screenshot(app, `backups-${lang}-${w}`);
    }
    await click(app, 'backups-close');

    // Work done after the backup…
    await click(app, 'sample-open');
    await shown(app, 'editor');
    await click(app, 'editor-back');
    await shown(app, 'article-open');
    assert.equal(titles(db).length, 1);

    // …is replaced by the restore, once confirmed.
    await click(app, 'backups-open');
    await click(app, 'backup-restore');
    assert.match(await textOf(await shown(app, 'backups-confirm-body')), L[lang].confirm);
    await click(app, 'backups-confirm-yes');
    assert.match(await textOf(await shown(app, 'backups-restored')), L[lang].restored);
    await click(app, 'backups-close');
    // The window starts again on the restored database: no article, the sample offered.
    await shown(app, 'sample-offer');
    assert.deepEqual(titles(db), []);
    // What was replaced is there to go back to.
    await click(app, 'backups-open');
    await shown(app, 'backups-dialog');
    const kinds = await Promise.all((await allById(app, 'backup-row')).map((r) => r.getAttribute('data-kind')));
    assert.deepEqual(kinds, ['before-restore', 'manual']);
    assert.match(await (await allById(app, 'backup-row'))[0].getText(), new RegExp(L[lang].beforeRestore));
  });
}

/** Garbage over one page near the end of the file. */
function damage(db) {
  const size = statSync(db).size;
  const fd = openSync(db, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, size - 2 * 4096);
  closeSync(fd);
}

test('a damaged database is found at start, opens read-only, and a restore mends it', async (t) => {
  const db = tempDb();
  // Some work, a backup of it in the backups folder, then damage.
  const file = join(dirname(db), 'article.txt');
  const importText = (i) => {
    writeFileSync(file, `مقالة رقم ${i}\n\n${'قال المتحدث باسم الكرملين إن المحادثات مستمرة. '.repeat(40)}`);
    cli(db, 'import', file);
  };
  for (let i = 0; i < 30; i++) importText(i);
  cli(db, 'backup');
  damage(db);

  const app = await launch(db);
  t.after(() => quit(app));
  const banner = await shown(app, 'damaged-banner');
  assert.match(await banner.getText(), /This database is damaged\. Dragoman opened it read-only/);
  await screenshot(app, 'damaged-list-en');
  // An article the damage did not reach still opens.
  await shown(app, 'article-open');
  // Nothing is imported into it.
  await click(app, 'import-button');
  await paste(app, await shown(app, 'import-text'), 'عنوان\n\nنص المقالة الجديدة.');
  await app.waitUntil(async () => (await byId(app, 'import-preview')).isExisting(), { timeout: TIMEOUT });
  await click(app, 'import-commit');
  const refused = await app.waitUntil(
    async () => {
      const all = await app.$$('[role="alert"]');
      for (const el of all) {
        const s = await el.getText();
        if (/damaged/.test(s) && !(await el.getAttribute('data-testid'))?.startsWith('damaged-banner')) return s;
      }
      return false;
    },
    { timeout: TIMEOUT, timeoutMsg: 'the import was not refused with the damage' },
  );
  assert.match(refused, /This database is damaged/);
  await screenshot(app, 'damaged-en');
  await app.keys(['Escape']);
  // The oldest article, far from the damage, opens to be read, not typed into.
  const opens = await allById(app, 'article-open');
  await opens[opens.length - 1].click();
  const target = await shown(app, 'segment-target');
  assert.equal(await target.getAttribute('readonly'), 'true');
  await screenshot(app, 'damaged-editor-en');
  await click(app, 'editor-back');

  // The banner leads to the backups; the restore mends the database.
  await click(app, 'damaged-backups');
  await click(app, 'backup-restore');
  await click(app, 'backups-confirm-yes');
  await shown(app, 'backups-restored');
  await click(app, 'backups-close');
  await shown(app, 'article-open');
  assert.equal(await byId(app, 'damaged-banner').isExisting(), false);
  assert.equal(titles(db).length, 30);
  importText(99);
  assert.equal(titles(db).length, 31);
  // The damaged file was kept aside, not lost.
  const kinds = JSON.parse(cli(db, 'backup', '--list', '--json')).map((b) => b.kind);
  assert.deepEqual(kinds, ['before-restore', 'manual']);
});
