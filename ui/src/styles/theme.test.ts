import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

// The dark theme: every colour of the stylesheets is a token of styles/base.css, each light
// token has a dark value, and the two dark blocks (chosen, and the system's) say the same.

const SRC = fileURLToPath(new URL('..', import.meta.url));
const BASE = readFileSync(join(SRC, 'styles/base.css'), 'utf8');
const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/i;

/** The declarations of the first rule whose selector is exactly `selector`, in `css`. */
function block(css: string, selector: string): Map<string, string> {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no rule ${selector}`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  return new Map(
    body
      .split(';')
      .map((d) => d.replace(/\/\*[\s\S]*?\*\//g, '').trim())
      .filter(Boolean)
      .map((d) => {
        const i = d.indexOf(':');
        return [d.slice(0, i).trim(), d.slice(i + 1).trim()] as [string, string];
      }),
  );
}

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : [],
  );
}

describe('the themes', () => {
  const light = block(BASE, ':root');
  const dark = block(BASE, ":root[data-theme='dark']");
  const system = block(BASE.slice(BASE.indexOf('@media (prefers-color-scheme: dark)')), ":root:not([data-theme='light'])");

  it('gives every light colour token a dark value', () => {
    const colours = [...light].filter(([, v]) => COLOUR.test(v)).map(([k]) => k);
    expect(colours.length).toBeGreaterThan(40);
    expect(colours.filter((k) => !dark.has(k))).toEqual([]);
    expect(light.get('color-scheme')).toBe('light');
    expect(dark.get('color-scheme')).toBe('dark');
  });

  it("follows the system's dark mode with the same colours as the chosen dark theme", () => {
    expect(Object.fromEntries(system)).toEqual(Object.fromEntries(dark));
  });

  it('has no colour outside the tokens', () => {
    const found: string[] = [];
    for (const file of cssFiles(SRC)) {
      let css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
      if (file.endsWith('base.css')) css = css.slice(css.lastIndexOf('color-scheme: dark;'));
      css.split('\n').forEach((line, i) => {
        if (COLOUR.test(line)) found.push(`${file.slice(SRC.length)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
