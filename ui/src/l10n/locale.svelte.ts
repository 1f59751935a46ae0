// The current interface language, reactive: components call `t(...)` and re-render when the
// language changes.
import { asIpcError } from '../ipc/api';
import { applyToDocument, Translator, type Args, type Locale } from './l10n';

const translators = new Map<Locale, Translator>();

function translator(locale: Locale): Translator {
  let tr = translators.get(locale);
  if (!tr) {
    tr = new Translator(locale);
    translators.set(locale, tr);
  }
  return tr;
}

let current = $state<Translator>(translator('en'));

export function setLocale(locale: Locale) {
  current = translator(locale);
  applyToDocument(current, document);
}

export function locale(): Locale {
  return current.locale;
}

/** The interface's direction, for an element that shows a message: a message that mixes
 * scripts («Kiev» صوابها «Kyiv») reads in the interface's direction, its placeables isolated
 * (Fluent's FSI/PDI marks); `dir="auto"` would take the direction of the first Latin word. */
export function uiDir(): 'rtl' | 'ltr' {
  return current.dir;
}

export function t(id: string, args?: Args): string {
  return current.t(id, args);
}

export function tError(kind: string, args?: Record<string, string>): string {
  return current.error(kind, args);
}

/** The message of whatever was thrown: an IpcError's kind with its arguments. */
export function errorText(e: unknown): string {
  const err = asIpcError(e);
  return current.error(err.kind, err.args);
}

export function formatDate(ms: number): string {
  return current.date(ms);
}
