// What looks wrong with a file's reading, as the import preview says it: bytes replaced, a
// page's declared charset that lied, lines in two encodings, text that does not look like
// Arabic or English. The core decides (import/decode.rs, import/plausible.rs); this only
// words it.
import type { EncodingWarning } from '../../ipc/types';
import type { Args } from '../../l10n/l10n';

export function encodingWarningText(
  t: (id: string, args?: Args) => string,
  warning: EncodingWarning,
  encoding: string | null,
): string {
  return t(`import-encoding-warning-${warning.kind}`, {
    count: warning.count,
    encoding: encoding ?? '',
    other: warning.other ?? '',
  });
}
