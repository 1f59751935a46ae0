import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { launch, quit, shown, tempDb, textOf } from './helpers.mjs';

test('an unwritable database path is explained in the window, not a crash', async (t) => {
  const file = join(dirname(tempDb()), 'a-plain-file');
  writeFileSync(file, 'not a folder');
  const db = join(file, 'dragoman.db'); // a folder cannot be made inside a file, even by root
  const app = await launch(db);
  t.after(() => quit(app));
  const box = await shown(app, 'startup-error');
  assert.match(await box.getText(), /Dragoman cannot open its database/);
  const message = await shown(app, 'startup-error-message');
  assert.equal(await message.getAttribute('data-kind'), 'db-unwritable');
  assert.match(await message.getText(), /cannot create or write its database here/);
  assert.match(await (await shown(app, 'startup-error-path')).getText(), /a-plain-file\/dragoman\.db/);
});

test('a file that is not a database is refused in the window, untouched', async (t) => {
  const db = tempDb();
  const notes = 'these are my notes, not a database\n'.repeat(200);
  writeFileSync(db, notes);
  const app = await launch(db);
  t.after(() => quit(app));
  const message = await shown(app, 'startup-error-message');
  assert.equal(await message.getAttribute('data-kind'), 'db-not-database');
  assert.match(await message.getText(), /not a Dragoman database/);
  assert.equal(readFileSync(db, 'utf8'), notes, 'the file is untouched');
});
