// Files from the desktop: the native open and save dialogs (opened by the shell, which
// records the file picked) and files dropped onto the window (which the shell records as
// the drop reaches it). The commands that read or write files take no other path.
import { getCurrentWebview } from '@tauri-apps/api/webview';
import { api } from './api';
import type { SaveType } from './types';

/** Ask for one article file to import; null when the user cancels. */
export async function chooseImportFile(filterName: string): Promise<string | null> {
  return api.pickOpen('article', filterName);
}

/** Call `ondrop` with the first file dropped onto the window; `onhover` while dragging. */
export async function onFileDrop(ondrop: (path: string) => void, onhover: (over: boolean) => void): Promise<() => void> {
  return getCurrentWebview().onDragDropEvent((event) => {
    const p = event.payload;
    if (p.type === 'enter' || p.type === 'over') onhover(true);
    else if (p.type === 'leave') onhover(false);
    else if (p.type === 'drop') {
      onhover(false);
      if (p.paths.length > 0) ondrop(p.paths[0]);
    }
  });
}

/** Ask where to save an export; null when the user cancels. */
export async function chooseSavePath(defaultName: string, filterName: string, type: SaveType): Promise<string | null> {
  return api.pickSave(defaultName, type, filterName);
}

/** Ask for a glossary file (CSV or TBX) to import; null when the user cancels. */
export async function chooseGlossaryFile(filterName: string): Promise<string | null> {
  return api.pickOpen('glossary', filterName);
}

/** Ask for a TMX file to add to the memory; null when the user cancels. */
export async function chooseTmxFile(filterName: string): Promise<string | null> {
  return api.pickOpen('tmx', filterName);
}

/** Ask for an XLIFF file that came back, to update the article open; null when the user cancels. */
export async function chooseXliffFile(filterName: string): Promise<string | null> {
  return api.pickOpen('xliff', filterName);
}

/** Whether a file is XLIFF, by its name (the import then reads it as such). */
export function isXliffName(path: string): boolean {
  return /\.(xlf|xliff|sdlxliff|mqxliff)$/i.test(path);
}
