// Inserting a name's English form into a translation at the caret.

/**
 * Whether text put right after `before` starts a sentence: at the start of the box, or after
 * a full stop, question or exclamation mark (and any closing quote or bracket) and a space.
 */
export function startsSentence(before: string): boolean {
  return before.trim() === '' || /[.!?…]["'”’»)\]]*\s+$/u.test(before);
}

/**
 * `value` with `text` put in place of the selection [start, end), with a space added where
 * it would otherwise run into a word, and a capital where it starts a sentence ("The
 * Kremlin said"); and where the caret goes after it.
 */
export function insertAt(value: string, start: number, end: number, text: string): { value: string; caret: number } {
  const before = value.slice(0, start);
  const after = value.slice(end);
  const glue = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const lead = glue(before.at(-1)) ? ' ' : '';
  const tail = glue(after[0]) ? ' ' : '';
  const form = startsSentence(before) ? capitalise(text) : text;
  const inserted = lead + form + tail;
  return { value: before + inserted + after, caret: before.length + lead.length + form.length };
}

function capitalise(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase('en') + text.slice(head.length);
}
