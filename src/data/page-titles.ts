import type { SourceEntry } from '../lib/sources.ts';
import type { Language } from '../schemas/localized.ts';
import { t } from '../i18n/index.ts';

/**
 * The title of a source's page: a record about the work, not the work itself, e.g. "Source record:
 * thesis on Bandung–Seoul" (a reference manager saves the page as a web page about the thesis).
 */
export const sourcePageTitle = (lang: Language, { source, cases }: Pick<SourceEntry, 'source' | 'cases'>) =>
  t(lang, 'source.pageTitle', {
    type: t(lang, `sourceNoun.${source.type}`),
    cases: cases.map((c) => c.title).join('; '),
  });
