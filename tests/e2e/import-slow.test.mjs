// A preview that takes more than a moment shows what it is doing and how far it is, and can
// be stopped: nothing is shown as if it had been read, and the dialog goes on working.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byId, click, launch, paste, quit, screenshot, shown, tempDb, textOf, TIMEOUT } from './helpers.mjs';

// A copied web page just under the article limit: 9,000 paragraphs of two long sentences
// (18,001 segments). Pasted as the clipboard's HTML beside a short plain text, as a browser
// copies a page (the text box holds the short text; the reading is of the HTML).
const sentence = (i, n) => `الجملة ${n} من الفقرة ${i}: قال المتحدث باسم الكرملين إن المحادثات بين الرئيسين مستمرة وإن الجانبين سيواصلان الحوار في الأسابيع المقبلة.`;
const PAGE = `<h1>عنوان المقالة الطويلة</h1>${Array.from({ length: 9000 }, (_, i) => `<p>${sentence(i, 1)} ${sentence(i, 2)}</p>`).join('\n')}`;

/** Paste `html` with `text` as its plain flavour: a paste event with both, then the text. */
async function pasteHtml(app, el, text, html) {
  await app.execute(
    (node, plain, markup) => {
      node.focus();
      const data = new DataTransfer();
      data.setData('text/plain', plain);
      data.setData('text/html', markup);
      node.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      node.value = plain;
      node.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    },
    el,
    text,
    html,
  );
}

for (const lang of ['en', 'ar']) {
  test(`a long preview shows its progress and stops when asked (${lang})`, async (t) => {
    const app = await launch(tempDb());
    t.after(() => quit(app));
    if (lang === 'ar') await click(app, 'language-ar');
    await click(app, 'import-button');
    await pasteHtml(app, await shown(app, 'import-text'), 'عنوان المقالة الطويلة', PAGE);
    const working = await shown(app, 'import-working');
    const phase = await working.getAttribute('data-phase');
    assert.ok(['reading', 'parsing', 'structure'].includes(phase), phase);
    const expected = lang === 'en' ? /^(Reading the web page…|Finding the paragraphs and sentences…)/ : /^(قراءة صفحة الويب…|تحديد الفقرات والجمل…)/;
    assert.match(await working.getText(), expected);
    await screenshot(app, `import-working-${lang}`);
    await click(app, 'import-stop');
    const stopped = await shown(app, 'import-stopped');
    assert.match(await textOf(stopped), lang === 'en' ? /^Stopped\./ : /^توقف\./);
    assert.equal(await byId(app, 'import-preview').isExisting(), false, 'no preview of a stopped reading');
    assert.equal(await byId(app, 'import-working').isExisting(), false);
    // The dialog goes on: a short paste previews as usual.
    await paste(app, await shown(app, 'import-text'), 'عنوان\n\nفقرة قصيرة.');
    await app.waitUntil(async () => (await byId(app, 'import-preview')).isExisting(), { timeout: TIMEOUT });
    assert.equal(await byId(app, 'import-stopped').isExisting(), false);
  });
}
