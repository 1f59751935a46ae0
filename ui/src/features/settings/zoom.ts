// The zoom keys, by physical key (`code`), so they work on an Arabic layout too: Ctrl+= and
// Ctrl++ (with or without Shift, or the keypad's +) zoom in, Ctrl+- out, Ctrl+0 back to 100%.
import type { SizeStep } from '../../ipc/types';

type Key = Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** The zoom step a key press asks for, if any. */
export function zoomStepFor(e: Key): SizeStep | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  switch (e.code) {
    case 'Equal':
    case 'NumpadAdd':
      return 'in';
    case 'Minus':
    case 'NumpadSubtract':
      return e.shiftKey ? null : 'out';
    case 'Digit0':
    case 'Numpad0':
      return e.shiftKey ? null : 'reset';
    default:
      return null;
  }
}
