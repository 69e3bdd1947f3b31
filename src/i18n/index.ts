import en from './en.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };
import type { Language } from '../schemas/localized.ts';
import { dictionaryProblems } from './check.ts';
import { formatProblem } from '../lib/problems.ts';
import { fillPlaceholders } from '../lib/placeholders.ts';
import type { City } from '../schemas/city.ts';

/** A key of the UI dictionaries; English is the reference, Indonesian must match it. */
export type UiKey = keyof typeof en;

const dictionaries: Record<Language, Record<UiKey, string>> = { en, id: id satisfies Record<UiKey, string> };

const problems = dictionaryProblems(dictionaries);
if (problems.length > 0)
  throw new Error(`UI dictionaries are incomplete:\n${problems.map(formatProblem).join('\n')}`);

/** Looks a UI string up in one language and fills `{name}` placeholders. */
export function t(lang: Language, key: UiKey, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(dictionaries[lang][key], params);
}

/** A `t` bound to one language, for components. */
export const translator = (lang: Language) => (key: UiKey, params?: Record<string, string | number>) =>
  t(lang, key, params);
export type Translate = ReturnType<typeof translator>;

/** The words a locator is written out with (chapter, section, paragraph, item), in one language. */
export const locatorLabels = (lang: Language) => ({
  chapter: t(lang, 'locator.chapter'),
  section: t(lang, 'locator.section'),
  paragraph: t(lang, 'locator.paragraph'),
  item: t(lang, 'locator.item'),
});

/** A city with its country, as lists and captions name it: "Seoul (South Korea)". */
export const cityWithCountry = (lang: Language, city: Pick<City, 'name' | 'country'>) =>
  `${city.name} (${t(lang, `country.${city.country}`)})`;
