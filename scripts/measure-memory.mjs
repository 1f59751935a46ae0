// How long a translator waits for the memory's matches in the real app: from moving to the
// next segment (Alt+↓) to its matches painted in the panel, with a memory of MEASURE_UNITS
// synthetic units (default 100,000) behind it. Run by hand under Xvfb, after `make e2e-app`:
//
//   xvfb-run -a -s "-screen 0 1280x800x24" env DRAGOMAN_E2E_APP=target/e2e/dragoman-desktop \
//     DRAGOMAN_E2E_CLI=target/e2e/dragoman node scripts/measure-memory.mjs
//
// The memory is made as `benches/memory.rs` makes it: news-like Arabic sentences of 8–35 words
// with Zipf word frequencies. The article's first ten sentences are units with one word
// changed (so each has a fuzzy match), the next ten are new (no match).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { click, launch, quit, shown, tempDb } from '../tests/e2e/helpers.mjs';

const UNITS = Number(process.env.MEASURE_UNITS ?? 100_000);
const CLI = process.env.DRAGOMAN_E2E_CLI;
const dir = mkdtempSync(join(tmpdir(), 'dragoman-measure-'));

let seed = 0x5eedn;
function next() {
  seed ^= seed >> 12n;
  seed ^= (seed << 25n) & 0xffffffffffffffffn;
  seed ^= seed >> 27n;
  return Number(((seed * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn) >> 11n) / 2 ** 53;
}
const sample = readFileSync(join(import.meta.dirname, '../crates/dragoman-core/assets/sample-kremlin-putin-biden.ar.txt'), 'utf8');
const vocab = [...new Set(sample.split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
const letters = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'];
while (vocab.length < 60_000) vocab.push(Array.from({ length: 3 + Math.floor(next() * 4) }, () => letters[Math.floor(next() * letters.length)]).join(''));
const cdf = [];
let sum = 0;
for (let k = 1; k <= vocab.length; k++) cdf.push((sum += 1 / k));
const draw = () => {
  const u = next() * sum;
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return vocab[lo];
};
const sentence = () => Array.from({ length: 8 + Math.floor(next() * 28) }, draw).join(' ') + '.';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const sources = [];
const tus = [];
for (let i = 0; i < UNITS; i++) {
  const s = sentence();
  if (i < 10) sources.push(s);
  tus.push(`<tu><tuv xml:lang="ar"><seg>${esc(s)}</seg></tuv><tuv xml:lang="en"><seg>Synthetic sentence ${i}.</seg></tuv></tu>`);
}
const tmx = join(dir, 'memory.tmx');
writeFileSync(tmx, `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="measure" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="ar" datatype="plaintext"/><body>\n${tus.join('\n')}\n</body></tmx>\n`);
const db = tempDb();
let t = Date.now();
execFileSync(CLI, ['--db', db, 'tm', 'import', tmx]);
console.log(`memory: ${UNITS} units imported in ${((Date.now() - t) / 1000).toFixed(1)} s by the command line`);
const changed = sources.map((s) => s.split(' ').map((w, i) => (i === 3 ? 'مختلفة' : w)).join(' '));
const fresh = Array.from({ length: 10 }, sentence);
const article = join(dir, 'article.txt');
writeFileSync(article, ['عنوان المقالة للقياس', ...changed, ...fresh].join('\n\n') + '\n');
execFileSync(CLI, ['--db', db, 'import', article]);

const app = await launch(db);
try {
  await click(app, 'article-open');
  await shown(app, 'editor');
  await (await shown(app, 'segment-target')).click();
  // Times taken in the page: from the key going down to the frame after the panel shows the
  // new segment's matches (or "No matches").
  // A step every half second or so, as someone reading each segment moves (moving faster,
  // the matches are asked for once the caret settles: features/memory/memory.ts, latest).
  const times = [];
  for (let step = 0; step < 20; step++) {
    await new Promise((r) => setTimeout(r, 400));
    const ms = await app.executeAsync((done) => {
      const panel = document.querySelector('[data-testid="memory-panel"]');
      const label = () => panel.querySelector('.memory-segment')?.textContent ?? '';
      const before = label();
      const start = performance.now();
      const ready = () => label() !== before && (panel.querySelector('[data-testid="memory-matches"]') || panel.querySelector('[data-testid="memory-none"]'));
      const obs = new MutationObserver(() => {
        if (ready()) {
          obs.disconnect();
          requestAnimationFrame(() => done(performance.now() - start));
        }
      });
      obs.observe(panel, { subtree: true, childList: true, characterData: true });
      document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', code: 'ArrowDown', altKey: true, bubbles: true }));
      setTimeout(() => done(-1), 5000);
    });
    times.push(ms);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(0);
  console.log(`moving to the next segment → its matches painted, ${UNITS} units: median ${at(0.5)} ms, 90th percentile ${at(0.9)} ms, all: ${times.map((x) => x.toFixed(0)).join(' ')}`);
} finally {
  await quit(app);
}
