// Another tool's XLIFF (memoQ's 1.2, with inline codes) opened through the import: its summary,
// then an article whose sources show each code as a numbered chip. A unit is translated by
// typing and inserting its codes (Ctrl+Shift+T, and a chip clicked); the codes' tokens in the
// box cannot be typed into and go whole. Written back with the command line, the file has
// the codes' XML in the translation, in order, and translate-toolkit reads it. In both
// languages, the chips at the default and the smallest window.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { allById, box, byId, click, launch, quit, screenshot, shown, sleep, tempDb, textOf, TIMEOUT, typeKeys, waitSaved, answerOpenDialog } from './helpers.mjs';

const CLI = process.env.DRAGOMAN_E2E_CLI;
const PYTHON = process.env.DRAGOMAN_E2E_PYTHON;
const MEMOQ = new URL('../fixtures/xliff/foreign-memoq-1.2.xlf', import.meta.url).pathname;

const L = {
  en: { summary: 'XLIFF 1.2 from another tool, ar → en-GB: 5 segments, 2 already translated, 8 inline codes.', title: 'Tag 3: <x id="3" ctype="lb"/>' },
  ar: { summary: 'ملف XLIFF 1.2 من أداة أخرى، ar ← en-GB: المقاطع 5، المترجم منها 2، والوسوم 8.', title: 'الوسم 3: <x id="3" ctype="lb"/>' },
};

// The second unit: قال <bpt>ديمتري بيسكوف<ept> إن المحادثات ستجري <x/>يوم الثلاثاء.
const TYPED = '⟨1⟩Dmitry Peskov⟨/2⟩ said the talks would be held ⟨3/⟩on Tuesday.';
const WRITTEN =
  '<target xml:lang="en-GB" state="translated"><bpt id="2">&lt;a href="https://kremlin.ru"&gt;</bpt>Dmitry Peskov<ept id="2">&lt;/a&gt;</ept> said the talks would be held <x id="3" ctype="lb"/>on Tuesday.</target>';

const rowAt = (app, position) => app.$(`[data-testid="segment-row"][data-position="${position}"]`);

for (const lang of ['en', 'ar']) {
  test(`another tool's XLIFF opens with its codes as chips, and goes back with them (${lang})`, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'dragoman-xlf-'));
    const file = join(dir, 'kremlin-web.xlf');
    copyFileSync(MEMOQ, file);
    const db = tempDb();
    const app = await launch(db);
    t.after(() => quit(app));
    if (lang === 'ar') await click(app, 'language-ar');
    const words = L[lang];

    // Through the import: what the file holds, then the article.
    await click(app, 'import-button');
    await click(app, 'import-open-file');
    await answerOpenDialog(file);
    const summary = (await textOf(await shown(app, 'import-xliff-summary'))).replace(/[\u200e\u200f]/g, '');
    assert.ok(summary.startsWith(words.summary), summary);
    assert.ok(!(await byId(app, 'import-title').isExisting()), 'the title is the file’s');
    await screenshot(app, `xliff-open-${lang}`);
    await click(app, 'import-commit');
    await shown(app, 'editor');
    await shown(app, 'segment-target');

    // Each code of the sources is a chip with its number, shaped by its role.
    const chips = await allById(app, 'code-chip');
    assert.equal(chips.length, 8);
    const second = await rowAt(app, 1);
    const own = await second.$$('[data-testid="code-chip"]');
    assert.deepEqual(await Promise.all([...own].map((c) => c.getText())), ['1', '2', '3']);
    assert.deepEqual(await Promise.all([...own].map((c) => c.getAttribute('data-role'))), ['opening', 'closing', 'alone']);
    assert.equal((await own[2].getAttribute('title')).replace(/[\u2066-\u2069]/g, ''), words.title);
    // The first unit's translation came with its codes, shown as tokens drawn as chips.
    const first = await (await rowAt(app, 0)).$('[data-testid="segment-target"]');
    assert.equal(await first.getValue(), 'Kremlin: ⟨1⟩Putin-Biden⟨/2⟩ talks a start for security talks');
    assert.equal((await (await rowAt(app, 0)).$$('[data-testid="code-token"]')).length, 2);

    // Translate the second unit, inserting its codes with Ctrl+Shift+T as they come.
    const box2 = await second.$('[data-testid="segment-target"]');
    await box2.click();
    const insertNext = () => app.keys(['Control', 'Shift', 't']);
    await insertNext();
    await typeKeys(app, 'Dmitry Peskov');
    await insertNext();
    await typeKeys(app, ' said the talks would be held ');
    await insertNext();
    assert.equal(await box2.getValue(), '⟨1⟩Dmitry Peskov⟨/2⟩ said the talks would be held ⟨3/⟩');
    // A token is one piece: typing inside it is refused, a deletion into it takes it whole.
    await app.keys(['ArrowLeft']);
    await typeKeys(app, 'x');
    assert.equal(await box2.getValue(), '⟨1⟩Dmitry Peskov⟨/2⟩ said the talks would be held ⟨3/⟩', 'nothing typed inside a token');
    await app.keys(['End', 'Backspace']);
    assert.equal(await box2.getValue(), '⟨1⟩Dmitry Peskov⟨/2⟩ said the talks would be held ');
    await insertNext();
    await typeKeys(app, 'on Tuesday.');
    assert.equal(await box2.getValue(), TYPED);
    // Tokens copied and pasted come in as plain text, never as codes; undo takes the paste back.
    await app.keys(['Control', 'a']);
    await app.keys(['Control', 'c']);
    await app.keys(['End']);
    await app.keys(['Control', 'v']);
    await app.waitUntil(async () => (await box2.getValue()) !== TYPED, { timeout: TIMEOUT, timeoutMsg: 'nothing was pasted' });
    assert.equal(await box2.getValue(), `${TYPED}<1>Dmitry Peskov</2> said the talks would be held <3/>on Tuesday.`);
    await app.keys(['Control', 'z']);
    assert.equal(await box2.getValue(), TYPED);
    assert.equal((await second.$$('[data-testid="code-token"]')).length, 3);
    await app.keys(['Control', 'Enter']);
    await app.waitUntil(async () => (await second.getAttribute('data-status')) === 'translated', { timeout: TIMEOUT });

    // The third unit: a chip clicked in the source goes in at the caret.
    const third = await rowAt(app, 2);
    const box3 = await third.$('[data-testid="segment-target"]');
    await box3.click();
    await typeKeys(app, 'He added ');
    await (await third.$('[data-testid="code-chip"]')).click();
    await typeKeys(app, ' that Moscow awaits a written reply.');
    assert.equal(await box3.getValue(), 'He added ⟨1/⟩ that Moscow awaits a written reply.');
    await waitSaved(app);

    for (const [w, h] of [
      [1280, 820],
      [720, 480],
    ]) {
      await app.setWindowSize(w, h);
      await app.waitUntil(async () => (await box(app, await byId(app, 'editor'))).vw <= w);
      await second.scrollIntoView({ block: 'center' });
      // The chips are readable, and each token's chip sits on its token in the box.
      const chip = await box(app, await second.$('[data-testid="code-chip"]'));
      assert.ok(chip.width >= 10 && chip.height >= 10 && chip.height < 30, `a chip reads at ${w}×${h}: ${JSON.stringify(chip)}`);
      const tokens = await second.$$('[data-testid="code-token"]');
      const drawn = await box(app, tokens[0]);
      const area = await box(app, box2);
      assert.ok(drawn.left >= area.left && drawn.right <= area.right && drawn.top >= area.top && drawn.bottom <= area.bottom, 'the first token is drawn inside its box');
      await screenshot(app, `xliff-chips-${lang}-${w}`);
    }
    await app.setWindowSize(1280, 820);

    // Written back as the file it came from (article 1), with the translations and their codes.
    const out = join(dir, 'back.xlf');
    execFileSync(CLI, ['--db', db, 'export', '1', '--format', 'xliff', '-o', out], { stdio: 'ignore' });
    const xml = readFileSync(out, 'utf8');
    assert.ok(xml.includes(WRITTEN), xml);
    assert.ok(xml.includes('<mq:project-name>Desk — Moscow</mq:project-name>'), 'the rest of the file as it came');

    // translate-toolkit reads the unit with its codes, in order.
    const read = execFileSync(PYTHON, [
      '-c',
      `import sys, json
from translate.storage import xliff
store = xliff.xlifffile.parsefile(open(sys.argv[1], 'rb'))
units = {u.getid().split('\\x04')[-1]: u for u in store.units if not u.isheader()}
u = units['2']
tags = [e.tag.split('}')[-1] for e in u.get_target_dom().iter()][1:]
print(json.dumps({'target': u.target, 'tags': tags, 'third': units['3'].target}))`,
      out,
    ]).toString();
    const got = JSON.parse(read);
    assert.equal(got.target, '<a href="https://kremlin.ru">Dmitry Peskov</a> said the talks would be held on Tuesday.');
    assert.deepEqual(got.tags, ['bpt', 'ept', 'x']);
    assert.equal(got.third, 'He added <img src="flag.png"/> that Moscow awaits a written reply.');
  });
}
