import type { Language } from '../i18n/locales.ts';
import { t } from '../i18n/index.ts';
import type { LocalizedText } from '../schemas/localized.ts';
import type { CooperationField } from '../schemas/vocabulary.ts';
import { caseTitle, cityName, type CaseEntry } from './casebook.ts';
import { fieldAnchor } from './field-anchors.ts';

/**
 * A cross-reference, resolved: a recommendation of one case pointing at another case (and maybe one
 * of its cities or fields). Written `refersTo` in a case file; shown under the recommendation, on
 * the target case's page ("Referred to by other cases") and on the comparison.
 */
export interface CrossReference {
  from: { slug: string; title: string; findingId: string; locator: string; text: LocalizedText };
  to: { slug: string; title: string; cityName?: string; field?: CooperationField };
  /** Whether the target case's own data lists any initiative in the field pointed at. */
  targetCoversField?: boolean;
  note?: LocalizedText;
}

/**
 * Resolves every cross-reference of every case. The content check guarantees that each names a
 * case and city that exist; one that does not is an error here too, never a broken link.
 */
export function resolveCrossReferences(cases: readonly CaseEntry[]): CrossReference[] {
  const bySlug = new Map(cases.map((c) => [c.slug, c]));
  return cases.flatMap((source) =>
    source.data.recommendations.flatMap((rec) =>
      rec.refersTo.map((ref): CrossReference => {
        const target = bySlug.get(ref.case);
        if (!target)
          throw new Error(`${source.slug}: recommendation ${rec.id} refers to unknown case "${ref.case}"`);
        const name = ref.city ? cityName(target.data, ref.city) : undefined;
        return {
          from: {
            slug: source.slug,
            title: caseTitle(source.data),
            findingId: rec.id,
            locator: rec.locator,
            text: rec.text,
          },
          to: {
            slug: target.slug,
            title: caseTitle(target.data),
            ...(name ? { cityName: name } : {}),
            ...(ref.field ? { field: ref.field } : {}),
          },
          ...(ref.field ? { targetCoversField: target.data.fields.some((f) => f.field === ref.field) } : {}),
          ...(ref.note ? { note: ref.note } : {}),
        };
      }),
    ),
  );
}

/** What a cross-reference points at, in words: "Bandung, Technology (case Bandung–Seoul)". */
export function referenceTarget(lang: Language, ref: CrossReference): string {
  const parts = [ref.to.cityName, ref.to.field && t(lang, `field.${ref.to.field}`)].filter(Boolean);
  return t(lang, 'case.linkTo', {
    target: parts.length > 0 ? parts.join(', ') : ref.to.title,
    case: ref.to.title,
  });
}

/** The anchor a cross-reference opens its target case at: the field it names, where the case has it. */
export const referenceFragment = (ref: CrossReference) =>
  ref.to.field && ref.targetCoversField ? fieldAnchor(ref.to.field) : undefined;
