// The export dialog writes the article as XLIFF for another translation tool: XLIFF 2.1
// chosen in its own group, the file named in the real GTK save dialog (driven with xdotool,
// as in paths.test.mjs), then read back: valid against the OASIS schema, one unit per
// segment, the translation typed as its segment's target. What is unfinished is said as it
// applies to XLIFF (untranslated segments travel without a target). In both languages.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { allById, byId, click, launch, quit, screenshot, shown, sleep, tempDb, textOf, waitSaved, answerSaveDialog } from './helpers.mjs';

const CLI = process.env.DRAGOMAN_E2E_CLI;
const SCHEMA = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/schemas/xliff_core_2.0.xsd');
const HEADLINE = 'Kremlin: Putin-Biden talks open the security talks';

/** What the dialog says of the untranslated segments, for a document and for XLIFF. */
const UNTRANSLATED = {
  en: { document: /left out of the export/, xliff: /for the other tool to translate/ },
  ar: { document: /خارج الملف/, xliff: /لتترجم(ه|هما|ها) الأداة الأخرى/ },
};


/** Answer GTK's save dialog (titled in the system's language, English here) with `path`:
 * its name field has the focus and the proposed name, replaced by the whole path. */
/** Call a command from the page, as any script in it could. */
function invoke(app, cmd, args) {
  return app.executeAsync(
    (cmd, args, done) => window.__TAURI_INTERNALS__.invoke(cmd, args).then((ok) => done({ ok }), (err) => done({ err })),
    cmd,
    args,
  );
}

const xpath = (file, expr) => execFileSync('xmllint', ['--xpath', expr, file]).toString().trim();
const el = (name) => `*[local-name()='${name}']`;

for (const lang of ['en', 'ar']) {
  test(`the article exported as XLIFF 2.1 through the save dialog, a unit per segment (${lang})`, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'dragoman-xliff-'));
    const out = join(dir, 'article.xlf');
    const db = tempDb();
    const app = await launch(db);
    t.after(() => quit(app));
    if (lang === 'ar') await click(app, 'language-ar');
    await click(app, 'sample-open');
    await shown(app, 'editor');
    await shown(app, 'segment-target');

    // The headline translated and confirmed; the rest left untranslated.
    const row = (await allById(app, 'segment-row'))[0];
    const segmentId = Number(await row.getAttribute('data-segment-id'));
    const target = (await allById(app, 'segment-target'))[0];
    await target.click();
    await target.addValue(HEADLINE);
    await app.keys(['Control', 'Enter']);
    await app.waitUntil(async () => (await row.getAttribute('data-status')) === 'translated');
    await waitSaved(app);

    await click(app, 'export-open');
    await shown(app, 'export-dialog');
    const untranslated = await shown(app, 'export-unfinished-untranslated');
    assert.match(await textOf(untranslated), UNTRANSLATED[lang].document);
    const xliff21 = await click(app, 'export-format-xliff21');
    await app.waitUntil(async () => xliff21.isSelected());
    // Said as it is for XLIFF: the untranslated segments go, without a target.
    await app.waitUntil(async () => UNTRANSLATED[lang].xliff.test(await textOf(untranslated)), {
      timeoutMsg: `the XLIFF wording: ${await textOf(untranslated)}`,
    });
    await sleep(200); // painted, not only in the DOM
    await screenshot(app, `export-xliff-${lang}`);

    // A path the page names itself is refused, as for every export.
    const res = await invoke(app, 'export_xliff', { articleId: 1, version: 'xliff21', path: join(dir, 'beside.xlf') });
    assert.equal(res.err?.kind, 'path-not-chosen', JSON.stringify(res));

    await click(app, 'export-save');
    await answerSaveDialog(out);
    const done = await shown(app, 'export-done');
    assert.ok((await textOf(done)).includes(out), await textOf(done));
    assert.ok(existsSync(out), 'the chosen file was written');
    assert.equal(existsSync(join(dir, 'beside.xlf')), false);
    assert.equal(await (await byId(app, 'export-error')).isExisting(), false);

    // XLIFF 2.1, valid against the OASIS schema.
    const xml = readFileSync(out, 'utf8');
    assert.match(xml, /<xliff [^>]*xmlns="urn:oasis:names:tc:xliff:document:2\.0"/);
    assert.match(xml, /<xliff [^>]*version="2\.1"/);
    assert.match(xml, /<xliff [^>]*srcLang="ar"[^>]*trgLang="en"/);
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, out], { stdio: 'pipe' });

    // One unit per segment, each with its segment's id; the typed headline is its target.
    const { segments } = JSON.parse(execFileSync(CLI, ['--db', db, 'show', '1', '--json']).toString());
    assert.equal(Number(xpath(out, `count(//${el('unit')})`)), segments.length);
    assert.deepEqual(
      xpath(out, `//${el('unit')}/@id`).split(/\s+/).map((a) => a.replace(/^id="|"$/g, '')),
      segments.map((s) => `s${s.id}`),
    );
    const unit = `//${el('unit')}[@id='s${segmentId}']`;
    assert.equal(xpath(out, `string(${unit}//${el('target')})`), HEADLINE);
    assert.equal(xpath(out, `string(${unit}/${el('segment')}/@state)`), 'translated');
    // An untranslated segment goes without a target.
    const untranslatedId = segments.find((s) => s.status === 'new').id;
    assert.equal(Number(xpath(out, `count(//${el('unit')}[@id='s${untranslatedId}']//${el('target')})`)), 0);
    await click(app, 'export-close');
  });
}
