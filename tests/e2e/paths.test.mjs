// The window reads and writes only the files the translator chose: a path the page names
// itself (as a compromised page would, calling the commands directly) is refused and
// nothing is read or written; a file picked in the native open or save dialog (which the
// app opens itself, driven here with xdotool under Xvfb) is read and written, and stops
// being readable when it is swapped for a link to another file. In both languages.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { byId, click, launch, quit, screenshot, shown, sleep, tempDb, textOf, TIMEOUT, answerDialog } from './helpers.mjs';

const CLI = process.env.DRAGOMAN_E2E_CLI;
const ARTICLE = 'محادثات في جنيف\n\nقال المتحدث إن المحادثات ستستمر يوم الاثنين.\n';
const SECRET = 'arabic,english\nسر,secret\n';

const REFUSAL = {
  en: 'Dragoman reads and writes only the files you choose in its Open and Save dialogs',
  ar: 'لا يقرأ دراغومان ولا يكتب إلا الملفات التي تختارها في نافذتي الفتح والحفظ',
};

/** Call a command from the page, as any script in it could. */
function invoke(app, cmd, args) {
  return app.executeAsync(
    (cmd, args, done) => window.__TAURI_INTERNALS__.invoke(cmd, args).then((ok) => done({ ok }), (err) => done({ err })),
    cmd,
    args,
  );
}

async function refused(app, cmd, args) {
  const res = await invoke(app, cmd, args);
  assert.ok(res.err, `${cmd} accepted ${JSON.stringify(args)}: ${JSON.stringify(res.ok)}`);
  assert.equal(res.err.kind, 'path-not-chosen', `${cmd}: ${JSON.stringify(res.err)}`);
}


function articleCount(db) {
  return JSON.parse(execFileSync(CLI, ['--db', db, 'list', '--json']).toString()).length;
}

for (const lang of ['en', 'ar']) {
  test(`a path the page names is refused; files chosen in the native dialogs are read and written (${lang})`, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'dragoman-paths-'));
    const article = join(dir, 'article.txt');
    const secret = join(dir, 'id_rsa');
    const bashrc = join(dir, '.bashrc');
    writeFileSync(article, ARTICLE);
    writeFileSync(secret, SECRET);
    writeFileSync(bashrc, '# mine\n');
    const db = tempDb();
    const app = await launch(db);
    t.after(() => quit(app));
    if (lang === 'ar') await click(app, 'language-ar');

    // The page names files itself: refused, for reading and for writing, whether they exist.
    const sample = await invoke(app, 'articles_create_sample', {});
    const id = sample.ok.id;
    for (const path of [secret, '/etc/passwd', join(dir, 'missing.txt')]) {
      await refused(app, 'import_preview', { source: { kind: 'file', path } });
      await refused(app, 'import_commit', { source: { kind: 'file', path } });
      await refused(app, 'import_classify', { path });
      await refused(app, 'glossary_import', { path });
      await refused(app, 'glossary_import_preview', { path });
      await refused(app, 'memory_import_tmx', { path });
    }
    const out = join(dir, 'out.txt');
    await refused(app, 'export_write', { articleId: id, format: 'txt', path: out });
    await refused(app, 'export_write', { articleId: id, format: 'txt', path: bashrc });
    await refused(app, 'glossary_export', { path: bashrc, format: 'csv' });
    await refused(app, 'memory_export_tmx', { path: join(dir, 'memory.tmx'), articleId: null });
    assert.equal(existsSync(out) || existsSync(join(dir, 'memory.tmx')), false, 'nothing was written');
    assert.equal(readFileSync(bashrc, 'utf8'), '# mine\n');
    assert.equal((await invoke(app, 'glossary_search', { query: '' })).ok.total, 0, 'nothing was read into the glossary');
    assert.equal(articleCount(db), 1, 'only the sample');
    // The dialog plugin's own commands are not the page's to call either.
    assert.ok((await invoke(app, 'plugin:dialog|open', { options: {} })).err);

    // The translator picks the file in the open dialog: it is read.
    await click(app, 'import-button');
    await shown(app, 'import-dialog');
    await click(app, 'import-open-file');
    await answerDialog('Open File', article);
    await app.waitUntil(async () => (await byId(app, 'import-preview')).isExisting(), { timeout: TIMEOUT });
    assert.match(await textOf(await byId(app, 'import-file')), /article\.txt/);

    // Swapped for a link to another file since: refused, and the window says why.
    rmSync(article);
    symlinkSync(secret, article);
    await click(app, 'import-commit');
    const error = await shown(app, 'import-error');
    assert.match(await textOf(error), new RegExp(REFUSAL[lang]));
    await screenshot(app, `path-refused-${lang}`);
    assert.equal(articleCount(db), 1, 'nothing imported');

    // The chosen file itself again: imported.
    rmSync(article);
    writeFileSync(article, ARTICLE);
    await click(app, 'import-commit');
    await shown(app, 'editor');
    assert.equal(articleCount(db), 2);

    // Saved where the translator says in the save dialog: written; beside it, refused.
    await click(app, 'export-open');
    await shown(app, 'export-dialog');
    await click(app, 'export-format-txt');
    await click(app, 'export-save');
    await answerDialog('Save File', out, { replaceName: true });
    await shown(app, 'export-done');
    assert.ok(existsSync(out), 'the chosen file was written');
    await refused(app, 'export_write', { articleId: id, format: 'txt', path: join(dir, 'beside.txt') });
    await refused(app, 'import_preview', { source: { kind: 'file', path: out } });
    assert.equal(existsSync(join(dir, 'beside.txt')), false);
  });
}
