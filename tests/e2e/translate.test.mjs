import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import {
  allById,
  appPid,
  byId,
  click,
  focused,
  importPaste,
  launch,
  openArticle,
  quit,
  screenshot,
  shown,
  sleep,
  tempDb,
  textOf,
  typeKeys,
  waitSaved,
} from './helpers.mjs';

const ARTICLE = [
  'بوتين وبايدن يتحدثان هاتفيًا',
  '',
  'أفاد الكرملين بأن الرئيس الروسي فلاديمير بوتين سيتحدث مع الرئيس الأمريكي جو بايدن يوم الخميس.',
  '',
  'وقال المتحدث باسم الكرملين ديمتري بيسكوف إن المحادثات ستتناول الوضع في كييف.',
  '',
  'الملف الأوكراني',
  '',
  'وتأتي المحادثات وسط مخاوف من غزو محتمل لأوكرانيا.',
].join('\n');

const statuses = async (app) => Promise.all((await allById(app, 'segment-row')).map((r) => r.getAttribute('data-status')));

test('translating by keyboard only: type, confirm, move, copy, jump, mark reviewed', async (t) => {
  const app = await launch(tempDb());
  t.after(() => quit(app));
  await importPaste(app, ARTICLE);
  // Into the first translation box with the keyboard: Tab from the editor's controls.
  await (await allById(app, 'segment-target'))[0].click();

  await typeKeys(app, 'Putin and Biden to talk by phone');
  await app.keys(['Control', 'Enter']); // confirm, go to the next untranslated segment
  await app.waitUntil(async () => (await focused(app)).position === 1);
  await typeKeys(app, 'The Kremlin said Putin would speak to Biden on Thursday.');
  await app.keys(['Control', 'Enter']);
  await app.waitUntil(async () => (await focused(app)).position === 2);
  await app.keys(['Alt', 'ArrowDown']); // skip one
  await app.waitUntil(async () => (await focused(app)).position === 3);
  await app.keys(['Control', 'Shift', 's']); // copy the source: a name that stays as it is
  await app.keys(['Alt', 'ArrowUp']);
  await app.waitUntil(async () => (await focused(app)).position === 2);
  await typeKeys(app, 'Kremlin spokesman Dmitry Peskov said the talks would cover Kyiv.');
  await app.keys(['Control', 'Enter']);
  await waitSaved(app);

  assert.deepEqual(await statuses(app), ['translated', 'translated', 'translated', 'draft', 'new']);
  const targets = await allById(app, 'segment-target');
  assert.equal(await targets[3].getValue(), 'الملف الأوكراني');
  const progress = await byId(app, 'editor-progress');
  assert.equal(await progress.getAttribute('data-done'), '4');
  assert.equal(await progress.getAttribute('data-total'), '5');
  // Confirmed, drafts and untranslated apart: a draft never passes for done.
  assert.equal(await progress.getAttribute('data-confirmed'), '3');
  assert.equal(await textOf(await byId(app, 'editor-progress-text')), '3 confirmed · 1 in draft · 1 untranslated · 80%');
  assert.ok(Number(await (await byId(app, 'editor-words')).getAttribute('data-done')) > 20);

  // Jump to segment 1 and mark it reviewed.
  await app.keys(['Control', 'g']);
  await shown(app, 'jump-dialog');
  await typeKeys(app, '1');
  await app.keys(['Enter']);
  await app.waitUntil(async () => (await focused(app)).position === 0);
  await app.keys(['Control', 'Shift', 'Enter']);
  await app.waitUntil(async () => (await statuses(app))[0] === 'reviewed');

  // The filter shows what still needs work.
  await (await byId(app, 'segment-filter')).selectByAttribute('value', 'untranslated');
  await app.waitUntil(async () => (await allById(app, 'segment-row')).length === 1);

  // F1: the shortcut sheet, in the interface language.
  await app.keys(['F1']);
  const sheet = await shown(app, 'shortcuts-dialog');
  assert.match(await sheet.getText(), /Confirm and go to the next untranslated segment/);
  assert.equal((await allById(app, 'shortcut-row')).length, 23);
  assert.match(await sheet.getText(), /Insert the next tag of the source that the translation lacks\s*Ctrl\+Shift\+T/);
  assert.match(await sheet.getText(), /Update the article from an XLIFF file that came back\s*Ctrl\+Shift\+X/);
  assert.match(await sheet.getText(), /Zoom in \(the whole window\)\s*Ctrl\+= \/ Ctrl\+\+/);
  assert.match(await sheet.getText(), /Replace in the translations\s*Ctrl\+H/);
  assert.match(await sheet.getText(), /Alt\+1 … Alt\+9/);
  await app.keys(['Escape']);
  await app.waitUntil(async () => !(await (await byId(app, 'shortcuts-dialog')).isExisting()));

  // The list shows the progress too.
  await click(app, 'editor-back');
  const p = await shown(app, 'article-progress');
  assert.equal(await p.getAttribute('data-done'), '4');
});

test('drafts: make one, change the text, compare word by word, restore, and undo the restore', async (t) => {
  const app = await launch(tempDb());
  t.after(() => quit(app));
  await importPaste(app, ARTICLE);
  const targets = await allById(app, 'segment-target');
  await targets[1].addValue('The Kremlin said Putin would call Biden on Thursday.');
  await waitSaved(app);

  await click(app, 'drafts-open');
  await (await shown(app, 'draft-name')).setValue("Translator's draft");
  await click(app, 'draft-create');
  await app.waitUntil(async () => (await allById(app, 'draft-item')).length === 1);
  await click(app, 'drafts-close');

  const box = (await allById(app, 'segment-target'))[1];
  await box.clearValue();
  await box.addValue('The Kremlin said Putin would phone Biden on Friday.');
  await waitSaved(app);

  await click(app, 'drafts-open');
  await click(app, 'compare-run'); // from the draft to the current text
  const diff = await shown(app, 'diff-view');
  assert.equal((await allById(app, 'diff-segment')).length, 1);
  const marked = await app.execute((el) => ({
    ins: [...el.querySelectorAll('ins')].map((e) => e.textContent),
    del: [...el.querySelectorAll('del')].map((e) => e.textContent),
  }), diff);
  assert.deepEqual(marked, { ins: ['phone', 'Friday'], del: ['call', 'Thursday'] });
  assert.match(await textOf(await byId(app, 'diff-unchanged')), /4 unchanged segments not shown/);
  await screenshot(app, 'drafts-en');

  // Restore the draft: the current text is kept as a draft first.
  await (await allById(app, 'draft-restore'))[0].click();
  await shown(app, 'draft-message');
  assert.match(await textOf(await byId(app, 'draft-message')), /before restoring “Translator's draft”/);
  await click(app, 'drafts-close');
  assert.equal(await (await allById(app, 'segment-target'))[1].getValue(), 'The Kremlin said Putin would call Biden on Thursday.');

  // …and undo it by restoring that automatic draft.
  await click(app, 'drafts-open');
  await app.waitUntil(async () => (await allById(app, 'draft-item')).length === 2);
  await (await allById(app, 'draft-restore'))[0].click(); // newest first
  await shown(app, 'draft-message');
  await click(app, 'drafts-close');
  assert.equal(await (await allById(app, 'segment-target'))[1].getValue(), 'The Kremlin said Putin would phone Biden on Friday.');

  // A workflow status change makes a draft by itself.
  await (await byId(app, 'workflow-status')).selectByAttribute('value', 'in-review');
  await click(app, 'drafts-open');
  await app.waitUntil(async () => (await allById(app, 'draft-item')).length === 4);
  assert.match(await textOf((await allById(app, 'draft-item'))[0]), /status changed to In review/);
});

/** Wait until process `pid` has ended (gone, or a zombie nobody reaped). */
async function ended(pid) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    let state = null;
    try {
      state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] ?? null;
    } catch {
      return;
    }
    if (state === 'Z') return;
    if (Date.now() > deadline) throw new Error(`process ${pid} did not end`);
    await sleep(100);
  }
}

const TYPED = 'Peskov said the talks would cover Kyiv';

/** Type TYPED into segment 3 (no confirm, no leaving the box), wait `waitMs`, stop the app
 * with `signal`, start it again on the same database and return what segment 3 holds. */
async function typedThenStopped(t, signal, waitMs) {
  const db = tempDb();
  let app = await launch(db);
  t.after(() => quit(app));
  await importPaste(app, ARTICLE);
  await (await allById(app, 'segment-target'))[2].click();
  await typeKeys(app, TYPED);
  if (waitMs) await sleep(waitMs);
  const pid = appPid(db);
  execFileSync('kill', [`-${signal}`, String(pid)]);
  await ended(pid);
  await quit(app);

  app = await launch(db);
  await openArticle(app);
  return (await allById(app, 'segment-target'))[2].getValue();
}

test('typing survives SIGKILL: the text is on disk within a second', async (t) => {
  // Only the autosave can have saved it: SIGKILL gives the app no say.
  assert.equal(await typedThenStopped(t, 'KILL', 1200), TYPED);
});

for (const signal of ['TERM', 'HUP']) {
  test(`typing survives SIG${signal} (a logout, a shutdown): pending edits are saved first`, async (t) => {
    // At once: the last keys are still waiting for the autosave.
    assert.equal(await typedThenStopped(t, signal, 0), TYPED);
  });
}

test('find ignores harakat and hamza forms; replace fixes a spelling in every translation', async (t) => {
  const app = await launch(tempDb());
  t.after(() => quit(app));
  await importPaste(app, ARTICLE);
  const targets = await allById(app, 'segment-target');
  await targets[2].addValue('Peskov said the talks would cover Kiev.');
  await targets[4].addValue('The talks come amid fears of an invasion; KIEV is worried.');
  await waitSaved(app);

  await app.keys(['Control', 'f']);
  const query = await shown(app, 'find-query');
  await query.setValue('الكرملين'); // typed without harakat, matches كرملين in two sources
  await app.waitUntil(async () => (await textOf(await byId(app, 'find-count'))) === '2 segments');
  assert.equal((await app.$$('[data-testid="segment-source"] mark')).length, 2);
  await query.setValue('الامريكي'); // the text has الأمريكي
  await app.waitUntil(async () => (await textOf(await byId(app, 'find-count'))) === 'one segment');

  await (await byId(app, 'find-scope')).selectByIndex(1); // in the translation
  await query.setValue('kiev');
  await app.waitUntil(async () => (await textOf(await byId(app, 'find-count'))) === '2 segments');
  await (await shown(app, 'replace-with')).setValue('Kyiv');
  await click(app, 'replace-all');
  await app.waitUntil(async () => /2 replacements made/.test(await textOf(await byId(app, 'find-message'))));
  const again = await allById(app, 'segment-target');
  assert.equal(await again[2].getValue(), 'Peskov said the talks would cover Kyiv.');
  assert.equal(await again[4].getValue(), 'The talks come amid fears of an invasion; Kyiv is worried.');
});

test('two windows on one article: neither silently overwrites the other', async (t) => {
  const db = tempDb();
  const a = await launch(db);
  t.after(() => quit(a));
  await importPaste(a, ARTICLE);
  const b = await launch(db);
  t.after(() => quit(b));
  await openArticle(b);

  await (await allById(a, 'segment-target'))[1].addValue('Text from window A.');
  await waitSaved(a);
  await (await allById(b, 'segment-target'))[1].addValue('Text from window B.');
  const conflict = await shown(b, 'segment-conflict');
  assert.match(await textOf(conflict), /Changed in another window: “Text from window A.”/);
  // The counts follow what is stored (A's text), not what B last knew.
  assert.equal(await (await byId(b, 'editor-progress')).getAttribute('data-done'), '1');
  // Typing on in B while the choice waits does not overwrite A's text, even after a pause
  // and leaving the box.
  const stored = () => JSON.parse(execFileSync(process.env.DRAGOMAN_E2E_CLI, ['--db', db, 'show', '1', '--json']).toString()).segments[1].target;
  await (await allById(b, 'segment-target'))[1].addValue(' More from B.');
  await (await allById(b, 'segment-target'))[2].click();
  await sleep(1500);
  assert.equal(stored(), 'Text from window A.');
  await click(b, 'segment-conflict-mine');
  await waitSaved(b);
  await b.waitUntil(async () => !(await (await byId(b, 'segment-conflict')).isExisting()));
  // B kept its text on purpose, all of it; the store has it.
  assert.equal(stored(), 'Text from window B. More from B.');
});

for (const [lang, env, waiting] of [
  ['en', {}, 'A change from another window needs your choice'],
  ['ar', { LANG: 'ar_EG.UTF-8' }, 'تغيير من نافذة أخرى ينتظر اختيارك'],
]) {
  test(`a conflict is brought into view and the status does not say saved while it is open (${lang})`, async (t) => {
    const db = tempDb();
    const a = await launch(db);
    t.after(() => quit(a));
    await importPaste(a, ARTICLE);
    const b = await launch(db, { env });
    t.after(() => quit(b));
    await b.setWindowSize(720, 480);
    await openArticle(b);
    // B types in the last segment that shows, at the bottom of its small window.
    const rows = await allById(b, 'segment-target');
    const last = (
      await Promise.all(rows.map(async (r, i) => ((await r.isDisplayed({ withinViewport: true })) ? i : -1)))
    ).reduce((m, i) => Math.max(m, i), 0);
    await (await allById(a, 'segment-target'))[last].addValue('Text from window A.');
    await waitSaved(a);
    await rows[last].addValue('Text from window B.');
    const conflict = await shown(b, 'segment-conflict');
    const status = await byId(b, 'save-status');
    await b.waitUntil(async () => (await status.getAttribute('data-state')) === 'conflict');
    assert.equal(await textOf(status), waiting);
    await b.waitUntil(async () => conflict.isDisplayed({ withinViewport: true }), { timeoutMsg: 'the conflict is not in view' });
    await screenshot(b, `conflict-${lang}`);
    await click(b, 'segment-conflict-theirs');
    await b.waitUntil(async () => (await status.getAttribute('data-state')) === 'saved');
  });
}

test('the active segment is wholly in view, with context, after Ctrl+Enter and a jump', async (t) => {
  const app = await launch(tempDb());
  t.after(() => quit(app));
  await click(app, 'sample-open');
  await shown(app, 'editor');
  await app.setWindowSize(720, 480);
  // Where the focused row is in the segment list's visible box (pixels to spare above and below).
  const room = () =>
    app.execute(() => {
      const row = document.activeElement?.closest('[data-testid="segment-row"]');
      const list = document.querySelector('.segment-scroll');
      if (!row || !list) return null;
      const r = row.getBoundingClientRect();
      const l = list.getBoundingClientRect();
      // The context a row can have: up to 40 px each side, less when the list is short.
      const context = Math.min(40, Math.max(0, (l.height - r.height) / 2 - 1));
      return { above: r.top - l.top, below: l.bottom - r.bottom, fits: r.height <= l.height, context };
    });
  await (await allById(app, 'segment-target'))[0].click();
  for (let i = 0; i < 6; i++) {
    await typeKeys(app, 'x');
    const before = (await focused(app)).position;
    await app.keys(['Control', 'Enter']); // confirm, on to the next untranslated segment
    await app.waitUntil(async () => (await focused(app)).position !== before);
    await app.waitUntil(async () => {
      const r = await room();
      return r && (!r.fits || (r.above >= 0 && r.below >= r.context));
    }, { timeoutMsg: `segment ${before + 1}'s successor is cut off: ${JSON.stringify(await room())}` });
  }
  // Ctrl+G to a segment far down.
  await app.keys(['Control', 'g']);
  await shown(app, 'jump-dialog');
  await typeKeys(app, '18');
  await app.keys(['Enter']);
  await app.waitUntil(async () => (await focused(app)).position === 17);
  await app.waitUntil(async () => {
    const r = await room();
    return r && (!r.fits || (r.above >= r.context && r.below >= 0));
  }, { timeoutMsg: `segment 18 is cut off: ${JSON.stringify(await room())}` });
});

test('export: every format opens in an independent reader with its structure', async (t) => {
  const db = tempDb();
  const app = await launch(db);
  t.after(() => quit(app));
  await importPaste(app, ARTICLE);
  const targets = await allById(app, 'segment-target');
  const english = [
    'Putin and Biden to talk by phone',
    'The Kremlin said Putin would speak to Biden on Thursday.',
    'Kremlin spokesman Dmitry Peskov said the talks would cover Kyiv.',
    'The Ukrainian file',
    'The talks come amid fears of a possible invasion of Ukraine.',
  ];
  for (const [i, text] of english.entries()) await targets[i].addValue(text);
  await waitSaved(app);
  // The export dialog offers all six formats, and XLIFF 1.2 and 2.1 (its native save dialog
  // is driven in paths.test.mjs and xliff-export.test.mjs).
  await click(app, 'export-open');
  await shown(app, 'export-dialog');
  assert.equal((await app.$$('[data-testid^="export-format-"]')).length, 8);
  await click(app, 'export-close');
  await quit(app);

  const dir = dirname(db);
  const out = (format) => {
    const file = join(dir, `export-${format}`);
    execFileSync(process.env.DRAGOMAN_E2E_CLI, ['--db', db, 'export', '1', '--format', format, '-o', file]);
    return file;
  };
  assert.equal(readFileSync(out('txt'), 'utf8'), english.join('\n\n') + '\n');
  assert.match(readFileSync(out('md'), 'utf8'), /^# Putin and Biden to talk by phone\n\n.*\n\n## The Ukrainian file\n/s);

  // HTML through libxml2's HTML parser.
  const xpath = (file, expr) => execFileSync('xmllint', ['--html', '--xpath', expr, file]).toString().trim();
  const html = out('html');
  assert.equal(xpath(html, 'string(//h1)'), 'Putin and Biden to talk by phone');
  assert.equal(xpath(html, 'string(//h2)'), 'The Ukrainian file');
  assert.equal(xpath(html, 'count(//p)'), '3');
  const bi = out('bilingual-html');
  assert.equal(xpath(bi, 'string(//tbody/tr[2]/td[@dir="rtl"])').startsWith('أفاد الكرملين'), true);
  assert.equal(xpath(bi, 'string(//tbody/tr[2]/td[@dir="ltr"])'), english[1]);

  // DOCX through python-docx.
  const py = (file, code) => execFileSync(process.env.DRAGOMAN_E2E_PYTHON, ['-c', code, file]).toString();
  const docx = py(out('docx'), 'import sys, docx\nfor p in docx.Document(sys.argv[1]).paragraphs: print(p.style.name + "|" + p.text)');
  assert.deepEqual(docx.trim().split('\n'), [
    `Heading 1|${english[0]}`,
    `Normal|${english[1]}`,
    `Normal|${english[2]}`,
    `Heading 2|${english[3]}`,
    `Normal|${english[4]}`,
  ]);
  const table = py(out('bilingual-docx'), 'import sys, docx\nt = docx.Document(sys.argv[1]).tables[0]\nfor r in t.rows: print(r.cells[0].text + "|" + r.cells[1].text)');
  const rows = table.trim().split('\n');
  assert.equal(rows.length, 6);
  assert.equal(rows[2], `أفاد الكرملين بأن الرئيس الروسي فلاديمير بوتين سيتحدث مع الرئيس الأمريكي جو بايدن يوم الخميس.|${english[1]}`);
});

test("a segment's history shows earlier versions, and one can be brought back", async (t) => {
  const app = await launch(tempDb());
  t.after(() => quit(app));
  await importPaste(app, ARTICLE);
  const box = (await allById(app, 'segment-target'))[1];
  await box.click();
  await typeKeys(app, 'The Kremlin said Putin would call Biden.');
  await app.keys(['Control', 'Enter']); // confirmed: a version of its own
  await waitSaved(app);
  await box.clearValue();
  await box.addValue('A worse sentence.');
  await waitSaved(app);

  await (await allById(app, 'segment-row'))[1].moveTo();
  await (await allById(app, 'segment-history'))[1].click();
  await shown(app, 'history-dialog');
  const items = await allById(app, 'history-item');
  assert.equal(items.length, 3, 'typed, confirmed, retyped');
  assert.match(await textOf(items[1]), /Status changed · Translated \(confirmed\)\s+The Kremlin said Putin would call Biden\./);
  await (await allById(app, 'history-restore'))[1].click();
  await app.waitUntil(async () => !(await (await byId(app, 'history-dialog')).isExisting()));
  assert.equal(await (await allById(app, 'segment-target'))[1].getValue(), 'The Kremlin said Putin would call Biden.');
  assert.equal(await (await allById(app, 'segment-row'))[1].getAttribute('data-status'), 'translated');
});
