import en from './en.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };
import type { Language } from './locales.ts';
import { fillPlaceholders } from './placeholders.ts';

/** A key of the UI dictionaries; English is the reference, Indonesian must match it. */
export type UiKey = keyof typeof en;

/**
 * The UI dictionaries, one per language. A missing key is a type error here, and the content check
 * (`npm run check`, and every build) reports any key or vocabulary label missing in a language.
 */
export const DICTIONARIES: Record<Language, Record<UiKey, string>> = {
  en,
  id: id satisfies Record<UiKey, string>,
};

/** Looks a UI string up in one language and fills `{name}` placeholders. */
export function t(lang: Language, key: UiKey, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(DICTIONARIES[lang][key], params);
}
