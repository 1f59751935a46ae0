// Files from the desktop: the open-file dialog and files dropped onto the window.
import { getCurrentWebview } from '@tauri-apps/api/webview';
import { open, save } from '@tauri-apps/plugin-dialog';

export const IMPORT_EXTENSIONS = ['txt', 'html', 'htm', 'docx', 'md', 'markdown'];

/** Ask for one file to import; null when the user cancels. */
export async function chooseImportFile(filterName: string): Promise<string | null> {
  const picked = await open({
    multiple: false,
    directory: false,
    filters: [{ name: filterName, extensions: IMPORT_EXTENSIONS }],
  });
  return typeof picked === 'string' ? picked : null;
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
export async function chooseSavePath(defaultName: string, filterName: string, extension: string): Promise<string | null> {
  const picked = await save({ defaultPath: defaultName, filters: [{ name: filterName, extensions: [extension] }] });
  return picked ?? null;
}

/** Ask for a glossary file (CSV or TBX) to import; null when the user cancels. */
export async function chooseGlossaryFile(filterName: string): Promise<string | null> {
  const picked = await open({
    multiple: false,
    directory: false,
    filters: [{ name: filterName, extensions: ['csv', 'tbx', 'xml'] }],
  });
  return typeof picked === 'string' ? picked : null;
}

/** Ask for a TMX file to add to the memory; null when the user cancels. */
export async function chooseTmxFile(filterName: string): Promise<string | null> {
  const picked = await open({ multiple: false, directory: false, filters: [{ name: filterName, extensions: ['tmx', 'xml'] }] });
  return typeof picked === 'string' ? picked : null;
}
