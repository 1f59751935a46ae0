// Editing the English as in any editor: undo and redo per box that survive autosave.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { allById, importPaste, launch, quit, tempDb, typeKeys, waitSaved } from './helpers.mjs';

const ARTICLE = [
  'بوتين وبايدن يتحدثان هاتفيا',
  '',
  'أفاد الكرملين بأن الرئيس الروسي فلاديمير بوتين سيتحدث مع الرئيس الأمريكي جو بايدن يوم الخميس.',
  '',
  'وقال المتحدث باسم الكرملين ديمتري بيسكوف إن المحادثات ستتناول الوضع في كييف.',
].join('\n');

const stored = (db) =>
  JSON.parse(execFileSync(process.env.DRAGOMAN_E2E_CLI, ['--db', db, 'show', '1', '--json']).toString()).segments.map(
    (s) => s.target,
  );

test('undo and redo in a translation box: a word at a time, per box, after autosave, and saved', async (t) => {
  const db = tempDb();
  const app = await launch(db);
  t.after(() => quit(app));
  await importPaste(app, ARTICLE);
  const boxes = await allById(app, 'segment-target');
  const value = (i) => boxes[i].getValue();

  await boxes[1].click();
  await typeKeys(app, 'The Kremlin said');
  await waitSaved(app); // the autosave has written it: undo still has its history
  await app.keys(['Control', 'z']);
  assert.equal(await value(1), 'The Kremlin');
  await app.keys(['Control', 'z']);
  assert.equal(await value(1), 'The');
  await app.keys(['Control', 'Shift', 'z']);
  assert.equal(await value(1), 'The Kremlin');
  await app.keys(['Control', 'y']);
  assert.equal(await value(1), 'The Kremlin said');
  await app.keys(['Control', 'z']);
  await waitSaved(app);
  assert.equal(stored(db)[1], 'The Kremlin', 'what undo gives back is saved like typing');

  // Another box has its own history; undo there leaves the first box alone.
  await boxes[2].click();
  await typeKeys(app, 'Peskov');
  await app.keys(['Control', 'Shift', 's']); // the editor's own change: copy the source
  assert.match(await value(2), /بيسكوف/);
  await app.keys(['Control', 'z']);
  assert.equal(await value(2), 'Peskov', 'copying the source is undone as one step');
  await app.keys(['Control', 'z']);
  assert.equal(await value(2), '');
  assert.equal(await value(1), 'The Kremlin');

  // Back in the first box, after working elsewhere, its history is still there.
  await boxes[1].click();
  await app.keys(['Control', 'y']);
  assert.equal(await value(1), 'The Kremlin said');
  await waitSaved(app);
  assert.deepEqual(stored(db).slice(1), ['The Kremlin said', '']);
});
