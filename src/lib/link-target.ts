import type { CaseLink } from './casebook.ts';
import type { Language } from '../schemas/localized.ts';
import { t } from '../i18n/index.ts';

/** What a cross-reference points at, in words: its city and field, or else the case's title. */
export function linkTarget(lang: Language, link: CaseLink): string {
  const parts = [link.to.cityName, link.to.field && t(lang, `field.${link.to.field}`)].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : link.to.title;
}
