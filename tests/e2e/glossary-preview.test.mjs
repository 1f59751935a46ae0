// A glossary file's import is shown before it is applied: each name it adds, and each field it
// changes with the text before and after; nothing changes until the translator agrees. In
// both languages, at the default and the smallest window. The file is chosen in the real GTK
// dialog (driven with xdotool, as in paths.test.mjs).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { box, allById, byId, click, launch, quit, screenshot, shown, sleep, tempDb, textOf, answerOpenDialog } from './helpers.mjs';

const CLI = process.env.DRAGOMAN_E2E_CLI;
const NAMES = new URL('../fixtures/names.csv', import.meta.url).pathname;

const L = {
  en: { added: 'One name will be added', updated: 'One name will change', field: 'English', apply: 'Import these changes' },
  ar: { added: 'سيضاف اسم واحد', updated: 'سيتغير اسم واحد', field: 'الإنجليزية', apply: 'استورد هذه التغييرات' },
};

for (const lang of ['en', 'ar']) {
  test(`a glossary import is previewed field by field before it changes anything (${lang})`, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'dragoman-gp-'));
    const db = tempDb();
    execFileSync(CLI, ['--db', db, 'glossary', 'import', NAMES]);
    const exported = () => {
      const out = join(dir, `out-${Date.now()}.csv`);
      execFileSync(CLI, ['--db', db, 'glossary', 'export', out]);
      return readFileSync(out, 'utf8');
    };
    const before = exported();
    const partial = join(dir, 'partial.csv');
    writeFileSync(partial, 'arabic,english\nكييف,Kyiv City\nجو بايدن,Joe Biden\nأوديسا,Odesa\n');

    const app = await launch(db);
    t.after(() => quit(app));
    if (lang === 'ar') await click(app, 'language-ar');
    await click(app, 'nav-glossary');
    await click(app, 'glossary-import');
    await answerOpenDialog(partial);
    const dialog = await shown(app, 'glossary-preview');
    assert.equal(await textOf(await byId(app, 'glossary-preview-added')), L[lang].added);
    assert.equal(await textOf(await byId(app, 'glossary-preview-updated')), L[lang].updated);
    const changes = await allById(app, 'glossary-preview-change');
    assert.equal(changes.length, 2);
    const kyiv = await app.$('[data-testid="glossary-preview-change"][data-arabic="كييف"]');
    const fields = await kyiv.$$('[data-testid="glossary-preview-field"]');
    assert.equal(fields.length, 1, 'only the English changes; the kind, notes and spellings are kept');
    assert.equal(await fields[0].getAttribute('data-field'), 'english');
    const text = await fields[0].getText();
    assert.ok(text.includes(L[lang].field) && text.includes('Kyiv') && text.includes('Kyiv City'), text);
    assert.equal(exported(), before, 'nothing changed yet');
    for (const [w, h] of [
      [1280, 820],
      [720, 480],
    ]) {
      await app.setWindowSize(w, h);
      await app.waitUntil(async () => (await box(app, dialog)).vw <= w);
      const d = await box(app, dialog);
      assert.ok(d.top >= 0 && d.bottom <= d.vh + 0.5 && d.right <= d.vw + 0.5, `the preview fits at ${w}×${h}`);
      const apply = await byId(app, 'glossary-preview-apply');
      assert.equal(await textOf(apply), L[lang].apply);
      const a = await box(app, apply);
      assert.ok(a.bottom <= a.vh + 0.5 && a.width > 60, `the apply button is in view and readable at ${w}×${h}`);
      await screenshot(app, `glossary-preview-${lang}-${w}`);
    }
    await click(app, 'glossary-preview-apply');
    await shown(app, 'glossary-report');
    assert.equal(await (await byId(app, 'glossary-report-added')).getAttribute('data-count'), '1');
    const after = exported();
    assert.ok(after.includes('كييف,Kyiv City,place'), 'the English changed, the kind kept');
    assert.ok(after.includes('أوديسا,Odesa'));
  });
}
