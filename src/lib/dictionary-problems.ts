import { DICTIONARIES } from '../i18n/index.ts';
import type { Problem } from './problems.ts';
import {
  AGREEMENT_LEVELS,
  ASSESSMENTS,
  COOPERATION_FIELDS,
  COUNTRIES,
  FORMALITIES,
  GENERAL_ADDRESSEES,
  GLOSS_BASES,
  GOVERNMENT_KINDS,
  IMPLEMENTATION_STATUSES,
  RECOMMENDATION_KINDS,
  RECOMMENDATION_THEMES,
  FINDING_KINDS,
  SOURCE_TYPES,
} from '../schemas/vocabulary.ts';
import { LANGUAGES } from '../schemas/localized.ts';

/** UI dictionaries by language, as plain objects (a test may hand in broken ones). */
export type Dictionaries = Record<string, Record<string, unknown>>;

/** Every vocabulary value needs a label in both dictionaries under `<prefix>.<value>`. */
export const VOCABULARY_LABELS: Record<string, readonly string[]> = {
  level: AGREEMENT_LEVELS,
  assessment: ASSESSMENTS,
  field: COOPERATION_FIELDS,
  country: COUNTRIES,
  formality: FORMALITIES,
  addressee: GENERAL_ADDRESSEES,
  basis: GLOSS_BASES,
  government: GOVERNMENT_KINDS,
  status: IMPLEMENTATION_STATUSES,
  kind: RECOMMENDATION_KINDS,
  theme: RECOMMENDATION_THEMES,
  sourceType: SOURCE_TYPES,
  sourceNoun: SOURCE_TYPES,
  language: LANGUAGES,
  findingKind: FINDING_KINDS,
};

/**
 * Finds what is wrong with a pair of UI dictionaries: a key in one and not the other, an empty
 * string, or a vocabulary value without a label.
 */
export function dictionaryProblems(dictionaries: Dictionaries = DICTIONARIES): Problem[] {
  const problems: Problem[] = [];
  const required = new Set([
    ...Object.values(dictionaries).flatMap((dict) => Object.keys(dict)),
    ...Object.entries(VOCABULARY_LABELS).flatMap(([prefix, values]) => values.map((v) => `${prefix}.${v}`)),
  ]);
  for (const [lang, dict] of Object.entries(dictionaries)) {
    const file = `src/i18n/${lang}.json`;
    for (const key of required) {
      const value = dict[key];
      if (typeof value !== 'string' || value.trim() === '')
        problems.push({
          file,
          path: key,
          message: value === undefined ? 'missing translation' : 'the translation is empty',
          hint: `add "${key}" to ${file}`,
        });
    }
  }
  return problems;
}
