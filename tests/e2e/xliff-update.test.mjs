// An XLIFF file of an article, back from another tool with two translations and a status
// changed, updates the article from the editor ("Update from XLIFF…"): the report lists the
// three changes before anything changes; Apply writes them, the rows show them at once, and
// the draft "before XLIFF import" brings the text back. In both languages, the report at the
// default and the smallest window. The file is chosen in the real GTK dialog (xdotool).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { allById, box, byId, click, launch, openArticle, quit, screenshot, shown, sleep, tempDb, textOf, TIMEOUT, answerOpenDialog } from './helpers.mjs';

const CLI = process.env.DRAGOMAN_E2E_CLI;
const SAMPLE = new URL('../../crates/dragoman-core/assets/sample-kremlin-putin-biden.ar.txt', import.meta.url).pathname;

/** A unit of a Dragoman XLIFF 2.1 file given a state and, if `target` is set, a translation,
 * as another tool would write them. */
function setUnit(xml, segmentId, { state, target }) {
  const unit = new RegExp(`(<unit id="s${segmentId}"[^>]*>\\s*<segment)(?: [^>]*)?>([\\s\\S]*?)(</segment>)`);
  assert.ok(unit.test(xml), `unit s${segmentId} is in the file`);
  return xml.replace(unit, (_, open, body, close) => {
    let b = body;
    if (target !== undefined) {
      b = b.includes('<target>')
        ? b.replace(/<target>[\s\S]*?<\/target>/, `<target>${target}</target>`)
        : b.replace('</source>', `</source>\n          <target>${target}</target>`);
    }
    return `${open} state="${state}">${b}${close}`;
  });
}

const BEFORE = {
  3: 'Kremlin: Putin-Biden talks a start for security talks',
  6: 'The Kremlin said Putin wants the phone talks',
  7: 'Putin said in his message',
};
const AFTER = {
  6: 'The Kremlin said President Vladimir Putin wants the scheduled phone talks to lead to results.',
  7: 'Putin said in his Christmas and New Year message to Biden that both countries bear a special responsibility.',
};

const L = {
  en: { apply: 'Apply 3 changes', applied: '3 segments changed.', draft: 'Automatic: before importing “back.xlf”', translated: 'Translated (confirmed)', reviewed: 'Reviewed' },
  ar: { apply: 'طبق 3 تغييرات', applied: 'تغيرت 3 مقاطع.', draft: 'تلقائية: قبل استيراد «back.xlf»', translated: 'مترجم (مؤكد)', reviewed: 'مُراجَع' },
};

/** The article of `db` with three segments translated (as if an earlier file had come back),
 * exported again as XLIFF 2.1, and that file as another tool sends it back. */
function prepare(db, dir) {
  execFileSync(CLI, ['--db', db, 'import', SAMPLE]);
  const first = join(dir, 'first.xlf');
  execFileSync(CLI, ['--db', db, 'export', '1', '--format', 'xliff21', '-o', first], { stdio: 'ignore' });
  let xml = readFileSync(first, 'utf8');
  for (const [id, target] of Object.entries(BEFORE)) xml = setUnit(xml, id, { state: 'translated', target });
  writeFileSync(first, xml);
  execFileSync(CLI, ['--db', db, 'import', first]);
  const back = join(dir, 'back.xlf');
  execFileSync(CLI, ['--db', db, 'export', '1', '--format', 'xliff21', '-o', back], { stdio: 'ignore' });
  xml = readFileSync(back, 'utf8');
  assert.ok(xml.includes('original="dragoman:article/1/export/'), 'the export is on record');
  xml = setUnit(xml, 3, { state: 'reviewed' });
  xml = setUnit(xml, 6, { state: 'translated', target: AFTER[6] });
  xml = setUnit(xml, 7, { state: 'translated', target: AFTER[7] });
  writeFileSync(back, xml);
  return back;
}

async function targetOf(app, segmentId) {
  return (await app.$(`[data-segment-id="${segmentId}"] [data-testid="segment-target"]`)).getValue();
}

for (const lang of ['en', 'ar']) {
  test(`an XLIFF file that came back updates its article after its report (${lang})`, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'dragoman-xlf-'));
    const db = tempDb();
    const back = prepare(db, dir);
    const app = await launch(db);
    t.after(() => quit(app));
    if (lang === 'ar') await click(app, 'language-ar');
    await openArticle(app);
    await shown(app, 'segment-target');
    assert.equal(await targetOf(app, 6), BEFORE[6]);
    const words = L[lang];

    await click(app, 'xliff-update-open');
    await answerOpenDialog(back);
    const dialog = await shown(app, 'xliff-update-dialog');
    const counts = await byId(app, 'xliff-update-counts');
    assert.equal(await counts.getAttribute('data-changes'), '3');
    assert.equal(await counts.getAttribute('data-conflicts'), '0');
    assert.ok(!(await byId(app, 'xliff-update-no-base').isExisting()), 'the export is on record');
    const changes = await allById(app, 'xliff-change');
    assert.deepEqual(await Promise.all(changes.map((c) => c.getAttribute('data-segment-id'))), ['3', '6', '7']);
    // The headline: its status only, translated → reviewed.
    assert.ok(!(await changes[0].$('[data-testid="xliff-change-text"]').isExisting()));
    const status = await changes[0].$('[data-testid="xliff-change-status"]');
    assert.equal(await status.getAttribute('data-before'), 'translated');
    assert.equal(await status.getAttribute('data-after'), 'reviewed');
    const statusText = await textOf(status);
    assert.ok(statusText.includes(words.translated) && statusText.includes(words.reviewed), statusText);
    // The two translations: here → in the file.
    assert.equal(await textOf(await changes[1].$('[data-testid="xliff-change-here"]')), BEFORE[6]);
    assert.equal(await textOf(await changes[1].$('[data-testid="xliff-change-file"]')), AFTER[6]);
    assert.equal(await textOf(await changes[2].$('[data-testid="xliff-change-file"]')), AFTER[7]);
    assert.equal(await targetOf(app, 6), BEFORE[6], 'nothing changed yet');

    for (const [w, h] of [
      [1280, 820],
      [720, 480],
    ]) {
      await app.setWindowSize(w, h);
      await app.waitUntil(async () => (await box(app, dialog)).vw <= w);
      const d = await box(app, dialog);
      assert.ok(d.top >= 0 && d.bottom <= d.vh + 0.5 && d.left >= 0 && d.right <= d.vw + 0.5, `the report fits at ${w}×${h}`);
      const apply = await byId(app, 'xliff-update-apply');
      assert.equal(await textOf(apply), words.apply);
      const a = await box(app, apply);
      assert.ok(a.bottom <= a.vh + 0.5 && a.width > 80 && a.height < 60, `Apply is in view and readable at ${w}×${h}`);
      const number = await box(app, await changes[1].$('[data-testid="xliff-segment-number"]'));
      assert.ok(number.width > 30 && number.height < 40, `the segment's number reads on one line at ${w}×${h}: ${JSON.stringify(number)}`);
      await screenshot(app, `xliff-update-${lang}-${w}`);
    }
    await app.setWindowSize(1280, 820);

    await click(app, 'xliff-update-apply');
    await app.waitUntil(async () => !(await byId(app, 'xliff-update-dialog').isExisting()), { timeout: TIMEOUT });
    const note = await textOf(await shown(app, 'xliff-applied-text'));
    assert.ok(note.startsWith(words.applied) && note.includes(words.draft), note);
    // The rows show the file's text and statuses at once.
    await app.waitUntil(async () => (await targetOf(app, 6)) === AFTER[6], { timeout: TIMEOUT, timeoutMsg: 'the new translation is not shown' });
    assert.equal(await targetOf(app, 7), AFTER[7]);
    assert.equal(await (await app.$('[data-segment-id="3"]')).getAttribute('data-status'), 'reviewed');
    await screenshot(app, `xliff-applied-${lang}`);

    // The draft "before XLIFF import" brings the text back.
    await click(app, 'drafts-open');
    await shown(app, 'drafts-dialog');
    const draft = await app.$('[data-testid="draft-item"][data-auto-kind="before-xliff-import"]');
    await draft.waitForDisplayed({ timeout: TIMEOUT });
    assert.equal(await textOf(await draft.$('.draft-name')), words.draft);
    await (await draft.$('[data-testid="draft-restore"]')).click();
    await shown(app, 'draft-message');
    await click(app, 'drafts-close');
    await app.waitUntil(async () => (await targetOf(app, 6)) === BEFORE[6], { timeout: TIMEOUT, timeoutMsg: 'the draft did not bring the text back' });
    assert.equal(await targetOf(app, 7), BEFORE[7]);
    assert.equal(await (await app.$('[data-segment-id="3"]')).getAttribute('data-status'), 'translated');
  });
}
