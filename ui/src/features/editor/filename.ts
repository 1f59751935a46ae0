// The file name the save dialog proposes for an export.

/** Characters no file name may hold (Windows' set, for files that travel), and bidi isolates. */
const UNSAFE = /[\u0000-\u001f\u2066-\u2069\\/:*?"<>|]/g;

/**
 * A file name from the article's title (its English headline once there is one): characters
 * a file name cannot hold become spaces, runs of spaces one, no dot or space at either end,
 * at most 80 characters, with the export's suffix and extension.
 */
export function exportFileName(title: string, bilingual: boolean, ext: string): string {
  const base =
    [...title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '')].slice(0, 80).join('').trim() ||
    'article';
  return `${base} ${bilingual ? '(ar-en)' : '(en)'}.${ext}`;
}
