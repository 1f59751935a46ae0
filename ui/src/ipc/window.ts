// Closing the window: pending edits are flushed to the store before the window goes.
import { getCurrentWindow } from '@tauri-apps/api/window';

type Flush = () => Promise<void>;
const flushers = new Set<Flush>();

/** Register something to save before the window closes; returns the unregister function. */
export function saveBeforeClose(flush: Flush): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Install the close handler once, at start-up. */
export async function installCloseHandler(): Promise<void> {
  await getCurrentWindow().onCloseRequested(async () => {
    // Not preventing the default: the window is destroyed once every flush has settled.
    await Promise.allSettled([...flushers].map((f) => f()));
  });
}
