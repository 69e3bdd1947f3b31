import { z } from 'astro/zod';

/**
 * Controlled vocabularies shared by every case. The order of each list is the display order;
 * labels live in the UI dictionaries (`src/i18n`) under `<vocabulary>.<value>`.
 */

/**
 * The agreement ladder, lowest rung first. It is the Daejeon–Tangerang Selatan thesis's framing
 * (Bab VI ¶1): bilateral cooperation as usual between countries, below an MoU on friendship
 * cooperation, below an MoU on sister city. Pages attribute it to that thesis wherever they draw it.
 */
export const AGREEMENT_LEVELS = ['ordinary-cooperation', 'friendship-mou', 'sister-city'] as const;
export const AgreementLevel = z.enum(AGREEMENT_LEVELS);
export type AgreementLevel = z.output<typeof AgreementLevel>;

/**
 * Whether the source calls the partnership formal, not yet formal ("belum … secara formal"), not
 * formal, or says none of these.
 */
export const FORMALITIES = ['formal', 'not-yet-formal', 'not-formal', 'not-stated'] as const;
export const Formality = z.enum(FORMALITIES);
export type Formality = z.output<typeof Formality>;

/** Fields of cooperation, each named as a source names it ("bidang ekonomi", "bidang perpajakan dan transportasi"). */
export const COOPERATION_FIELDS = [
  'economy',
  'education',
  'technology',
  'culture',
  'urban-governance',
  'taxation-transport',
] as const;
export const CooperationField = z.enum(COOPERATION_FIELDS);
export type CooperationField = z.output<typeof CooperationField>;

/**
 * Fields published under another name before: their anchors (`#field-<old>`) keep working on the
 * pages that show the field under its new name.
 */
export const FORMER_FIELDS: Readonly<Record<string, CooperationField>> = {
  'technology-smart-city': 'technology',
  'urban-governance-environment': 'urban-governance',
  'public-administration-hr': 'taxation-transport',
};

/**
 * How far an initiative got, per its source; `not-stated` where the source does not say. Each value
 * but `not-stated` needs words of the source that say it (the initiative's `evidence`): `sought` is
 * for a source that states an effort or an intention ("berupaya"), not an activity under way.
 */
export const IMPLEMENTATION_STATUSES = [
  'implemented',
  'ongoing',
  'planned',
  'sought',
  'discussed-only',
  'not-implemented',
  'not-stated',
] as const;
export const ImplementationStatus = z.enum(IMPLEMENTATION_STATUSES);
export type ImplementationStatus = z.output<typeof ImplementationStatus>;

/** The source's overall judgement of a partnership. */
export const ASSESSMENTS = ['stagnant', 'running-well'] as const;
export const Assessment = z.enum(ASSESSMENTS);
export type Assessment = z.output<typeof Assessment>;

/** The kind of local government a city has, as the source names it. */
export const GOVERNMENT_KINDS = ['city', 'metropolitan-city', 'regency', 'province'] as const;
export const GovernmentKind = z.enum(GOVERNMENT_KINDS);
export type GovernmentKind = z.output<typeof GovernmentKind>;

/** Countries, as ISO 3166-1 alpha-2 codes. */
export const COUNTRIES = ['ID', 'KR'] as const;
export const Country = z.enum(COUNTRIES);
export type Country = z.output<typeof Country>;

/** Practical recommendations address actors; academic ones address future research. */
export const RECOMMENDATION_KINDS = ['practical', 'academic'] as const;
export const RecommendationKind = z.enum(RECOMMENDATION_KINDS);
export type RecommendationKind = z.output<typeof RecommendationKind>;

/** Themes that group recommendations across cases. */
export const RECOMMENDATION_THEMES = [
  'paradiplomacy',
  'smart-city',
  'communication-coordination',
  'agreement',
] as const;
export const RecommendationTheme = z.enum(RECOMMENDATION_THEMES);
export type RecommendationTheme = z.output<typeof RecommendationTheme>;

/** Whom a recommendation addresses, when it is not one of the case's cities. */
export const GENERAL_ADDRESSEES = ['both-city-governments', 'future-researchers'] as const;
export type GeneralAddressee = (typeof GENERAL_ADDRESSEES)[number];

/** Whether an addressee is a general one rather than the id of one of the case's cities. */
export const isGeneralAddressee = (addressee: string): addressee is GeneralAddressee =>
  (GENERAL_ADDRESSEES as readonly string[]).includes(addressee);

/** Kinds of source a case can be drawn from. */
export const SOURCE_TYPES = ['thesis'] as const;
export const SourceType = z.enum(SOURCE_TYPES);
export type SourceType = z.output<typeof SourceType>;

/** Where a glossary definition comes from: the sources, or the casebook's own gloss. */
export const GLOSS_BASES = ['sources', 'casebook'] as const;
export const GlossBasis = z.enum(GLOSS_BASES);
export type GlossBasis = z.output<typeof GlossBasis>;

/** The kinds of finding a case holds, in the order a case page shows them. */
export const FINDING_KINDS = [
  'approach',
  'event',
  'initiative',
  'active-actor',
  'greater-impact',
  'obstacle',
  'enabler',
  'assessment',
  'recommendation',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
