// Types for scripts/lint-css.mjs, for the vitest test in ui/src/styles/lint-css.test.ts.
export interface Violation {
  file: string;
  line: number;
  /** The physical declaration, e.g. "margin-left: 4px". */
  found: string;
  /** The logical replacement, e.g. "margin-inline-start: 4px". */
  use: string;
}
export function checkDeclaration(property: string, value: string): { found: string; use: string } | null;
export function lintCss(css: string, options?: { file?: string; lineOffset?: number; escapeLines?: string[] }): Violation[];
export function lintSvelte(source: string, options?: { file?: string }): Violation[];
export function sourceFiles(path: string): string[];
export function lintPaths(paths: string[], options?: { relativeTo?: string }): { files: string[]; violations: Violation[] };
export function format(v: Violation): string;
