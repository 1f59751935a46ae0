// The spell check's shared state in the window: the settings, words ignored in this session,
// a generation that every change of what counts as right bumps (so each box checks again),
// and the reason the check cannot run, if any (a dictionary not installed).
import { SvelteSet } from 'svelte/reactivity';
import { api, asIpcError } from '../../ipc/api';
import type { Misspelling, SpellSettings } from '../../ipc/types';

export const spell = $state<{ settings: SpellSettings | null; generation: number; problem: string | null }>({
  settings: null,
  generation: 0,
  problem: null,
});

/** Words the translator chose to ignore until the window closes. */
const ignored = new SvelteSet<string>();

export async function loadSpellSettings() {
  spell.settings = await api.spellSettings();
}

export async function saveSpellSettings(settings: SpellSettings) {
  await api.setSpellSettings(settings);
  spell.settings = settings;
  spell.problem = null;
  spell.generation++;
}

/** The misspelt words of `text`, less those ignored. */
export async function checkSpelling(text: string): Promise<Misspelling[]> {
  try {
    const found = await api.spellCheck(text);
    spell.problem = null;
    return found.filter((m) => !ignored.has(m.word));
  } catch (e) {
    const err = asIpcError(e);
    spell.problem = err.kind;
    console.error('spell check', err);
    return [];
  }
}

export function ignoreWord(word: string) {
  ignored.add(word);
  spell.generation++;
}

export async function addWord(word: string) {
  await api.spellAddWord(word);
  spell.generation++;
}
