// The l10n layer: Fluent bundles built from the shared locales/*.ftl files, with a PLURAL
// function (Intl.PluralRules, right for Arabic's six categories) and the document direction.
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from '@fluent/bundle';

export type Locale = 'en' | 'ar';
export const LOCALES: readonly Locale[] = ['en', 'ar'];

const files = import.meta.glob('../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The .ftl sources of one locale, keyed by file name. */
export function sourcesFor(locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(files)) {
    const m = /locales\/([^/]+)\/([^/]+\.ftl)$/.exec(path);
    if (m && m[1] === locale) out[m[2]] = text;
  }
  return out;
}

export function dirOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** `ar`, `ar-EG`, `ar_SA.UTF-8` are Arabic; anything else is English. */
export function localeFromTag(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_.@]/)[0];
  return primary === 'ar' ? 'ar' : 'en';
}

/**
 * The BCP 47 tag used for numbers, dates and plurals. Arabic uses Western digits, as the
 * newsrooms we serve and the command line do.
 */
export function intlTag(locale: Locale): string {
  return locale === 'ar' ? 'ar-u-nu-latn' : 'en';
}

export function pluralCategory(locale: Locale, n: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(intlTag(locale)).select(n);
}

export function createBundle(locale: Locale, sources: Record<string, string> = sourcesFor(locale)): FluentBundle {
  const bundle = new FluentBundle(intlTag(locale), {
    functions: {
      PLURAL: ([n]) => {
        const value = n instanceof FluentNumber ? n.valueOf() : Number(n);
        return Number.isFinite(value) ? pluralCategory(locale, value) : 'other';
      },
    },
  });
  for (const [name, text] of Object.entries(sources)) {
    const errors = bundle.addResource(new FluentResource(text));
    if (errors.length) throw new Error(`${locale}/${name}: ${errors.map(String).join('; ')}`);
  }
  return bundle;
}

export type Args = Record<string, FluentVariable>;

export class Translator {
  readonly locale: Locale;
  readonly bundle: FluentBundle;

  constructor(locale: Locale, bundle: FluentBundle = createBundle(locale)) {
    this.locale = locale;
    this.bundle = bundle;
  }

  get dir(): 'rtl' | 'ltr' {
    return dirOf(this.locale);
  }

  has(id: string): boolean {
    return this.bundle.hasMessage(id);
  }

  /** Format a message; a missing one shows its id (and warns), never a blank. */
  t(id: string, args?: Args): string {
    const message = this.bundle.getMessage(id);
    if (!message?.value) {
      console.warn(`missing message ${id} in ${this.locale}`);
      return id;
    }
    const errors: Error[] = [];
    const text = this.bundle.formatPattern(message.value, args, errors);
    if (errors.length) console.warn(`message ${id}:`, errors);
    return text;
  }

  /** The user-facing text of an IPC error kind. */
  /** `error-<kind>`, with the error's own arguments (a line number, a column's name). */
  error(kind: string, args?: Record<string, string>): string {
    return this.has(`error-${kind}`) ? this.t(`error-${kind}`, args) : this.t('error-internal');
  }

  date(ms: number): string {
    return new Intl.DateTimeFormat(intlTag(this.locale), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  }
}

/** Point the document at a locale: language, direction (the whole window mirrors), title. */
export function applyToDocument(tr: Translator, doc: { documentElement: { lang: string; dir: string }; title: string }) {
  doc.documentElement.lang = tr.locale;
  doc.documentElement.dir = tr.dir;
  doc.title = tr.t('app-name');
}
