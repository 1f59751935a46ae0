// Events the shell sends on its own.
import { listen } from '@tauri-apps/api/event';
import type { IpcError } from './types';

/** The check at start found the database damaged: it is now open read-only. */
export function onDatabaseDamaged(handler: (damage: IpcError) => void): Promise<() => void> {
  return listen<IpcError>('db-damaged', (event) => handler(event.payload));
}
