import type { Agreement } from '../schemas/agreement.ts';
import type { UiKey } from '../i18n/index.ts';

/** What the agreement section shows of a partnership, in order: one row or term each. */
export const AGREEMENT_ASPECTS = ['level', 'called', 'formality', 'year', 'legalBasis'] as const;
export type AgreementAspect = (typeof AGREEMENT_ASPECTS)[number];

/** The label of each aspect, as a key of the UI dictionaries. */
export const AGREEMENT_ASPECT_LABELS: Record<AgreementAspect, UiKey> = {
  level: 'case.level',
  called: 'case.called',
  formality: 'case.formality',
  year: 'case.year',
  legalBasis: 'case.legalBasis',
};

/** The aspects worth a row for some agreements: all of them, but `called` only where one states it. */
export function agreementAspects(agreements: readonly Pick<Agreement, 'called'>[]): AgreementAspect[] {
  return AGREEMENT_ASPECTS.filter(
    (aspect) => aspect !== 'called' || agreements.some((agreement) => agreement.called !== undefined),
  );
}
