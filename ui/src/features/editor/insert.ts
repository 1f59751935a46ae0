// Inserting a name's English form into a translation at the caret.

/**
 * `value` with `text` put in place of the selection [start, end), with a space added where
 * it would otherwise run into a word; and where the caret goes after it.
 */
export function insertAt(value: string, start: number, end: number, text: string): { value: string; caret: number } {
  const before = value.slice(0, start);
  const after = value.slice(end);
  const glue = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const lead = glue(before.at(-1)) ? ' ' : '';
  const tail = glue(after[0]) ? ' ' : '';
  const inserted = lead + text + tail;
  return { value: before + inserted + after, caret: before.length + lead.length + text.length };
}
