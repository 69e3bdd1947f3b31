import type { Language } from './locales.ts';

/** The foreign terms that a language's texts set in italics, and the language they come from. */
export interface ForeignTerms {
  /** The language the terms are in, e.g. `en` for "sister city" in Indonesian text. */
  lang: string;
  /** The terms, matched as whole words, ignoring case. */
  terms: readonly string[];
  /** Proper names that contain a term and stay upright, e.g. "Sister City Casebook". */
  names: readonly string[];
}

/**
 * Foreign terms that each language's pages set in italics (PUEBI: "huruf miring" for foreign words
 * in Indonesian). The sources themselves use these English terms; names such as "Little Bandung" or
 * "World Technopolis Association" are names, not terms, and stay upright.
 */
export const FOREIGN_TERMS: Record<Language, ForeignTerms> = {
  en: { lang: 'id', terms: [], names: [] },
  id: {
    lang: 'en',
    terms: [
      'sister city',
      'smart city',
      'MoU',
      'memorandum of understanding',
      'staff exchange',
      'benchmark',
      'sub-state actor',
      'sub-state',
    ],
    names: ['Sister City Casebook'],
  },
};
