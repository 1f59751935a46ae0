// The view preferences (zoom, each pane's text size, the theme), reactive. The core keeps and
// steps them (usecases/preferences.rs); the shell zooms the webview. Here they are applied to
// the document: the theme as <html data-theme>, the text sizes as --source-size and
// --target-size (editor.css), and the zoom keys are heard everywhere in the window.
import { api } from '../../ipc/api';
import type { Preferences, Size, SizeStep, Theme } from '../../ipc/types';
import { zoomStepFor } from './zoom';

const DEFAULTS: Preferences = { zoom: 100, sourceSize: 100, targetSize: 100, theme: 'system' };

let current = $state<Preferences>(DEFAULTS);

/** The preferences in use. */
export function preferences(): Preferences {
  return current;
}

function apply(p: Preferences) {
  current = p;
  const root = document.documentElement;
  root.dataset.theme = p.theme;
  root.style.setProperty('--source-size', String(p.sourceSize / 100));
  root.style.setProperty('--target-size', String(p.targetSize / 100));
}

/** Read the saved preferences and apply them (the defaults until then, and if they cannot be read). */
export async function loadPreferences(): Promise<void> {
  apply(DEFAULTS);
  apply(await api.preferences());
}

/** Make one size a step bigger or smaller, or bring it back to 100%. */
export async function stepSize(size: Size, step: SizeStep): Promise<void> {
  apply(await api.stepPreference(size, step));
}

export async function chooseTheme(theme: Theme): Promise<void> {
  apply(await api.setTheme(theme));
}

/** Hear Ctrl+= / Ctrl+- / Ctrl+0 in the whole window (the editor, the list, the glossary, dialogs). */
export function installZoomKeys(onerror: (e: unknown) => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    const step = zoomStepFor(e);
    if (!step) return;
    e.preventDefault();
    stepSize('zoom', step).catch(onerror);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
