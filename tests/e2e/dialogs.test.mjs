// Dialogs are readable and fit the window, in both languages, at the default size and at
// the smallest the window allows (720×480, tauri.conf.json).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { box, byId, click, launch, paste, quit, screenshot, shown, tempDb } from './helpers.mjs';

const SIZES = [
  [1280, 820],
  [720, 480],
];

/** The width and height of a label's own text (not of the row it sits in). */
async function textBox(app, label) {
  return app.execute((node) => {
    const range = document.createRange();
    const text = [...node.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    range.selectNodeContents(text);
    const r = range.getBoundingClientRect();
    return { width: r.width, height: r.height, lineHeight: parseFloat(getComputedStyle(node).lineHeight) || 20 };
  }, label);
}

/** Whether the element is what the window shows at its centre (nothing covers it). */
async function onTop(app, el) {
  return app.execute((node) => {
    const r = node.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit === node || node.contains(hit);
  }, el);
}

function fits(b, what) {
  assert.ok(b.top >= 0 && b.left >= 0, `${what} starts inside the window (${JSON.stringify(b)})`);
  assert.ok(b.bottom <= b.vh + 0.5 && b.right <= b.vw + 0.5, `${what} ends inside the window (${JSON.stringify(b)})`);
}

for (const lang of ['en', 'ar']) {
  test(`the export dialog lists its formats readably (${lang})`, async (t) => {
    const app = await launch(tempDb());
    t.after(() => quit(app));
    if (lang === 'ar') await click(app, 'language-ar');
    await click(app, 'sample-open');
    await shown(app, 'editor');
    await click(app, 'export-open');
    const dialog = await shown(app, 'export-dialog');
    for (const [w, h] of SIZES) {
      await app.setWindowSize(w, h);
      await app.waitUntil(async () => (await box(app, dialog)).vw <= w);
      fits(await box(app, dialog), `the export dialog at ${w}×${h}`);
      // Six documents, then XLIFF for another translation tool in a group of its own.
      const radios = await app.$$('[data-testid^="export-format-"]');
      assert.equal(radios.length, 8);
      assert.equal((await app.$$('[data-testid="export-documents"] input[type="radio"]')).length, 6);
      const xliff = [...(await app.$$('[data-testid="export-xliff"] input[type="radio"]'))];
      assert.deepEqual(await Promise.all(xliff.map((r) => r.getAttribute('value'))), ['xliff12', 'xliff21']);
      for (const group of ['export-documents', 'export-xliff']) {
        const legend = await app.$(`[data-testid="${group}"] legend`);
        const text = await box(app, legend);
        assert.ok(text.width > 60 && text.height < 40, `${group}'s name is readable (${JSON.stringify(text)})`);
      }
      for (const radio of radios) {
        const r = await box(app, radio);
        assert.ok(r.width < 40, `a radio button keeps its size (${r.width}px wide)`);
        const label = await radio.parentElement();
        const text = await textBox(app, label);
        assert.ok(text.width > 60, `the format's name is readable (${text.width}px wide)`);
        assert.ok(text.height < 2.5 * text.lineHeight, `the format's name is not squeezed onto many lines (${text.height}px)`);
      }
      await screenshot(app, `export-${lang}-${w}`);
      // Below the documents (scrolled to at the smallest size), the XLIFF group is in view
      // and not under the dialog's buttons.
      const last = await byId(app, 'export-format-xliff21');
      await app.execute((node) => node.closest('fieldset').scrollIntoView({ block: 'center' }), last);
      await app.waitUntil(async () => onTop(app, last), { timeoutMsg: `XLIFF 2.1 is covered at ${w}×${h}` });
      fits(await box(app, last), `XLIFF 2.1 at ${w}×${h}`);
      await screenshot(app, `export-${lang}-${w}-xliff`);
    }
    await click(app, 'export-close');
  });

  test(`the import dialog fits the window and scrolls inside (${lang})`, async (t) => {
    const app = await launch(tempDb());
    t.after(() => quit(app));
    if (lang === 'ar') await click(app, 'language-ar');
    await click(app, 'import-button');
    const text = ['عنوان المقالة', '', ...Array.from({ length: 40 }, (_, i) => `الفقرة رقم ${i + 1} من المقالة، وفيها جملة.\n`)].join('\n');
    await paste(app, await shown(app, 'import-text'), text);
    await app.waitUntil(async () => (await byId(app, 'import-preview')).isExisting());
    const dialog = await byId(app, 'import-dialog');
    for (const [w, h] of SIZES) {
      await app.setWindowSize(w, h);
      await app.waitUntil(async () => (await box(app, dialog)).vh <= h);
      fits(await box(app, dialog), `the import dialog at ${w}×${h}`);
      // Its buttons are in view without scrolling, over the content that scrolls under them.
      for (const id of ['import-commit', 'import-cancel']) {
        const button = await byId(app, id);
        fits(await box(app, button), `${id} at ${w}×${h}`);
        assert.ok(await onTop(app, button), `${id} is not covered at ${w}×${h}`);
      }
      await screenshot(app, `import-${lang}-${w}`);
    }
    await click(app, 'import-commit');
    await shown(app, 'editor');
  });
}
