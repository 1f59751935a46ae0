import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkDeclaration, format, lintCss, lintPaths, lintSvelte } from '../../../scripts/lint-css.mjs';

// The rule behind `npm run lint:css`: physical left/right is refused where a logical property
// belongs, so the window mirrors in Arabic. These keep the rule from silently stopping working.

describe('lint-css', () => {
  it('refuses margin-left and says what to write instead', () => {
    const found = lintCss('.a {\n  color: red;\n  margin-left: 4px;\n}\n', { file: 'a.css' });
    expect(found).toEqual([{ file: 'a.css', line: 3, found: 'margin-left: 4px', use: 'margin-inline-start: 4px' }]);
    expect(format(found[0])).toBe('a.css:3: margin-left: 4px → margin-inline-start: 4px');
  });

  it('allows the logical properties and values', () => {
    const css = `.a {
      margin-inline-start: 4px;
      padding-inline-end: 1rem;
      border-inline-start: 4px solid;
      inset-inline-start: 0;
      text-align: start;
      float: inline-end;
      border-start-end-radius: 2px;
    }`;
    expect(lintCss(css)).toEqual([]);
  });

  it('refuses each physical property, with its logical replacement', () => {
    const cases: [string, string, string][] = [
      ['margin-right', '0', 'margin-inline-end: 0'],
      ['padding-left', '1px', 'padding-inline-start: 1px'],
      ['padding-right', '1px', 'padding-inline-end: 1px'],
      ['border-left', '1px solid', 'border-inline-start: 1px solid'],
      ['border-right-color', 'red', 'border-inline-end-color: red'],
      ['border-left-width', '2px', 'border-inline-start-width: 2px'],
      ['left', '0', 'inset-inline-start: 0'],
      ['right', '0', 'inset-inline-end: 0'],
      ['text-align', 'left', 'text-align: start'],
      ['text-align', 'right', 'text-align: end'],
      ['float', 'left', 'float: inline-start'],
      ['clear', 'right', 'clear: inline-end'],
      ['border-top-left-radius', '3px', 'border-start-start-radius: 3px'],
      ['border-bottom-right-radius', '3px', 'border-end-end-radius: 3px'],
    ];
    for (const [property, value, use] of cases) {
      expect(checkDeclaration(property, value)?.use, property).toBe(use);
      expect(lintCss(`.x { ${property}: ${value}; }`), property).toHaveLength(1);
    }
    expect(checkDeclaration('text-align', 'center')).toBeNull();
    expect(checkDeclaration('text-align', 'Right !important')?.use).toBe('text-align: end');
  });

  it('honours the escape comment on the line before, and only with a reason', () => {
    const allowed = '.bar {\n  /* lint-css: allow physical — the meter fills left to right in both directions */\n  left: 0;\n}';
    expect(lintCss(allowed)).toEqual([]);
    const tooFar = '.bar {\n  /* lint-css: allow physical — reason */\n  color: red;\n  left: 0;\n}';
    expect(lintCss(tooFar)).toHaveLength(1);
    const noReason = '.bar {\n  /* lint-css: allow physical */\n  left: 0;\n}';
    expect(lintCss(noReason)).toHaveLength(1);
  });

  it('ignores selectors, comments, strings and custom properties', () => {
    const css = `a:hover,\n.left:focus { color: red; }\n/* margin-left: 1px; */\n.q { content: 'left: 0'; --right: 1px; }`;
    expect(lintCss(css)).toEqual([]);
  });

  it('checks .svelte <style> blocks, style= attributes and style: directives, with file lines', () => {
    const svelte = [
      '<script lang="ts">',
      "  const css = 'margin-left: 1px';",
      '</script>',
      '',
      '<div style="color: red; padding-right: {x}px"></div>',
      '<span style:left="0"></span>',
      '<span style:text-align={align}></span>',
      '<!-- <p style="float: left"></p> -->',
      '<!-- lint-css: allow physical — a ruler that must not mirror -->',
      '<div style="right: 0"></div>',
      '',
      '<style>',
      '  .a {',
      '    text-align: left;',
      '  }',
      '</style>',
    ].join('\n');
    expect(lintSvelte(svelte, { file: 'X.svelte' }).map((v) => `${v.line} ${v.found}`)).toEqual([
      '5 padding-right: {x}px',
      '6 left: 0',
      '14 text-align: left',
    ]);
  });

  it('finds no physical left/right in the real stylesheets and components', () => {
    const src = fileURLToPath(new URL('..', import.meta.url));
    const { files, violations } = lintPaths([src], { relativeTo: src });
    expect(files.filter((f) => f.endsWith('.css')).length).toBeGreaterThanOrEqual(10);
    expect(files.filter((f) => f.endsWith('.svelte')).length).toBeGreaterThanOrEqual(20);
    expect(violations.map(format)).toEqual([]);
  });
});
