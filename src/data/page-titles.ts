import type { SourceEntry } from '../lib/sources.ts';
import type { Language } from '../schemas/localized.ts';
import { t } from '../i18n/index.ts';

/** The title of a source's page: the kind of work and the cases it is the source of. */
export const sourcePageTitle = (lang: Language, { source, cases }: Pick<SourceEntry, 'source' | 'cases'>) =>
  `${t(lang, `sourceType.${source.type}`)}: ${cases.map((c) => c.title).join('; ')}`;
