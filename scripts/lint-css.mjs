#!/usr/bin/env node
// lint:css — refuses physical left/right CSS where a logical property belongs, so the window
// keeps mirroring when the interface is Arabic (<html dir="rtl">).
//
// Scans ui/src/**/*.css, the <style> blocks of ui/src/**/*.svelte, and the markup's inline
// style="…" attributes and style:property directives. Refused:
//   margin-left/right, padding-left/right, border-left/right and border-left/right-*,
//   left/right (positioning), text-align/float/clear: left/right, and the physical corner
//   radii (border-top-left-radius, …).
// Physical values inside shorthands (margin: 0 1rem 0 0, linear-gradient(to right, …)) are
// out of scope.
//
// Escape, for the rare rule that must not mirror: on the line before the declaration,
//   /* lint-css: allow physical — reason */        (CSS, <style>)
//   <!-- lint-css: allow physical — reason -->     (markup, before a style= attribute's line)
//
// Usage: node scripts/lint-css.mjs [file or directory …]   (default: ui/src)
// Prints file:line and the logical replacement for each violation; exits 1 if there is any.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Physical property → logical replacement (properties refused whatever their value). */
const PROPERTIES = {
  'margin-left': 'margin-inline-start',
  'margin-right': 'margin-inline-end',
  'padding-left': 'padding-inline-start',
  'padding-right': 'padding-inline-end',
  'border-left': 'border-inline-start',
  'border-right': 'border-inline-end',
  'border-left-color': 'border-inline-start-color',
  'border-right-color': 'border-inline-end-color',
  'border-left-style': 'border-inline-start-style',
  'border-right-style': 'border-inline-end-style',
  'border-left-width': 'border-inline-start-width',
  'border-right-width': 'border-inline-end-width',
  left: 'inset-inline-start',
  right: 'inset-inline-end',
  'border-top-left-radius': 'border-start-start-radius',
  'border-top-right-radius': 'border-start-end-radius',
  'border-bottom-left-radius': 'border-end-start-radius',
  'border-bottom-right-radius': 'border-end-end-radius',
};

/** Properties refused only with a physical keyword value → the logical value. */
const VALUES = {
  'text-align': { left: 'start', right: 'end' },
  float: { left: 'inline-start', right: 'inline-end' },
  clear: { left: 'inline-start', right: 'inline-end' },
};

const ESCAPE = /lint-css:\s*allow physical\b\s*(?:—|–|--?|:)\s*\S/;

/**
 * The violation for one declaration, or null.
 * @param {string} property
 * @param {string} value
 * @returns {{ found: string, use: string } | null}
 */
export function checkDeclaration(property, value) {
  const prop = property.trim().toLowerCase();
  const val = value
    .replace(/!\s*important\s*$/i, '')
    .trim()
    .toLowerCase();
  if (Object.hasOwn(PROPERTIES, prop)) return { found: `${prop}: ${value.trim()}`, use: `${PROPERTIES[prop]}: ${value.trim()}` };
  if (Object.hasOwn(VALUES, prop) && Object.hasOwn(VALUES[prop], val)) return { found: `${prop}: ${val}`, use: `${prop}: ${VALUES[prop][val]}` };
  return null;
}

/** Blanks [start, end) of text, keeping newlines so offsets and line numbers stay put. */
function blank(text, start, end) {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}

/** Comments and string contents blanked out: what is left is structure and declarations. */
function stripCss(text) {
  let out = text;
  let i = 0;
  while (i < out.length) {
    if (out.startsWith('/*', i)) {
      const end = out.indexOf('*/', i + 2);
      const stop = end < 0 ? out.length : end + 2;
      out = blank(out, i, stop);
      i = stop;
    } else if (out[i] === '"' || out[i] === "'") {
      const quote = out[i];
      let j = i + 1;
      while (j < out.length && out[j] !== quote && out[j] !== '\n') j += out[j] === '\\' ? 2 : 1;
      out = blank(out, i + 1, j);
      i = j + 1;
    } else i++;
  }
  return out;
}

function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** True when the line before `line` (1-based) carries the escape comment. */
function escaped(lines, line) {
  return line >= 2 && ESCAPE.test(lines[line - 2]);
}

/**
 * Lints CSS text (a stylesheet, a <style> block, or a declaration list such as a style=
 * attribute's value). `lineOffset` is added to the reported lines; `escapeLines` are the lines
 * of the whole file, for the escape comment; `masked` is the same text with parts that are not
 * CSS (Svelte {expressions}) blanked out, offsets unchanged.
 * @param {string} css
 * @param {{ file?: string, lineOffset?: number, escapeLines?: string[], masked?: string }} [options]
 */
export function lintCss(css, { file = '<css>', lineOffset = 0, escapeLines, masked } = {}) {
  const lines = escapeLines ?? css.split('\n');
  const clean = stripCss(masked ?? css);
  const found = [];
  // A declaration starts the text or follows { ; or } and ends at ; or } (or the end); a
  // selector such as a:hover is followed by { and so is not taken for one.
  const decl = /(^|[{;}])(\s*)(-?[A-Za-z][A-Za-z0-9-]*)\s*:([^;{}]*)(?=[;}]|$)/g;
  for (const m of clean.matchAll(decl)) {
    const property = m[3];
    if (property.startsWith('--')) continue;
    const offset = m.index + m[1].length + m[2].length;
    const valueStart = m.index + m[0].length - m[4].length;
    const value = css.slice(valueStart, m.index + m[0].length).replace(/\s+/g, ' ');
    const v = checkDeclaration(property, value);
    if (!v) continue;
    const line = lineAt(clean, offset) + lineOffset;
    if (escaped(lines, line)) continue;
    found.push({ file, line, ...v });
  }
  return found;
}

/**
 * Lints a .svelte file: its <style> blocks, its style="…" attributes and style:property
 * directives (markup outside <script> and <style>, HTML comments ignored).
 * @param {string} source
 * @param {{ file?: string }} [options]
 */
export function lintSvelte(source, { file = '<svelte>' } = {}) {
  const lines = source.split('\n');
  const found = [];
  let markup = source;
  for (const m of source.matchAll(/<(script|style)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi)) {
    if (m[1].toLowerCase() === 'style') {
      const bodyStart = m.index + m[0].indexOf('>') + 1;
      found.push(...lintCss(m[2], { file, lineOffset: lineAt(source, bodyStart) - 1, escapeLines: lines }));
    }
    markup = blank(markup, m.index, m.index + m[0].length);
  }
  for (const m of markup.matchAll(/<!--[\s\S]*?-->/g)) markup = blank(markup, m.index, m.index + m[0].length);

  // style="…" / style='…': a declaration list (Svelte {expressions} are blanked out).
  for (const m of markup.matchAll(/(\s)style\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const value = m[3] ?? m[4];
    const masked = value.replace(/\{[^{}]*\}/g, (e) => ' '.repeat(e.length));
    const valueStart = m.index + m[0].length - value.length - 1;
    found.push(...lintCss(value, { file, lineOffset: lineAt(markup, valueStart) - 1, escapeLines: lines, masked }));
  }
  // style:property, style:property="literal" (a {expression} value is not checked).
  for (const m of markup.matchAll(/\sstyle:([A-Za-z-]+)(?:\|important)?(?:\s*=\s*(?:"([^"{]*)"|'([^'{]*)'))?/g)) {
    const v = checkDeclaration(m[1], m[2] ?? m[3] ?? '');
    if (!v) continue;
    const line = lineAt(markup, m.index + 1);
    if (escaped(lines, line)) continue;
    found.push({ file, line, ...v });
  }
  return found.sort((a, b) => a.line - b.line);
}

/** The .css and .svelte files under a directory (or the file itself). */
export function sourceFiles(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((d) => d.name !== 'node_modules' && d.name !== 'dist' && !d.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => {
      const p = join(path, d.name);
      if (d.isDirectory()) return sourceFiles(p);
      return /\.(css|svelte)$/.test(d.name) ? [p] : [];
    });
}

/**
 * Lints every .css and .svelte file under the given paths.
 * @param {string[]} paths
 * @param {{ relativeTo?: string }} [options] reported file names are relative to this
 */
export function lintPaths(paths, { relativeTo = process.cwd() } = {}) {
  const files = paths.flatMap(sourceFiles);
  const violations = files.flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    const rel = relative(relativeTo, path);
    const file = rel && !rel.startsWith('..') ? rel : path;
    return path.endsWith('.svelte') ? lintSvelte(text, { file }) : lintCss(text, { file });
  });
  return { files, violations };
}

/** The violation as printed: file:line, what was found, what to write instead. */
export function format(v) {
  return `${v.file}:${v.line}: ${v.found} → ${v.use}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const args = process.argv.slice(2);
  const paths = args.length ? args.map((a) => resolve(a)) : [join(root, 'ui', 'src')];
  const { files, violations } = lintPaths(paths, { relativeTo: root });
  for (const v of violations) console.error(format(v));
  if (violations.length) {
    console.error(
      `lint:css: ${violations.length} physical left/right ${violations.length === 1 ? 'property' : 'properties'}; ` +
        'use the logical one, or put /* lint-css: allow physical — reason */ on the line before.',
    );
    process.exit(1);
  }
  console.log(`lint:css: ${files.length} files, no physical left/right.`);
}
