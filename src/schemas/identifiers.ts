import { z } from 'astro/zod';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Stable id of a finding, never derived from its text: used in URLs (`#id`) and citations. */
export const FindingId = z
  .string()
  .regex(KEBAB, { error: 'an id is lower-case letters, digits and single hyphens, e.g. "dts-obs-1"' });

/** Slug of a case (its file name) or of a glossary entry. */
export const Slug = z
  .string()
  .regex(KEBAB, { error: 'a slug is lower-case letters, digits and single hyphens' });

/** Id of a city inside a case, e.g. "daejeon". */
export const CityId = Slug;

/**
 * The form of a locator, which points from a finding back into its source chapter: a chapter number
 * in Roman numerals, optional section numbers, an optional paragraph (¶) and an optional item
 * (letter or number). Examples: "VI ¶2" (chapter VI, paragraph 2), "VI.2.1 a" (section VI.2.1,
 * item a), "V item 2".
 */
export const LOCATOR_PATTERN =
  /^([IVXLC]+)((?:\.[1-9]\d*)*)(?: ¶([1-9]\d*))?(?: (?:item )?([a-z]|[1-9]\d*))?$/;

/** Where in its source a statement is made, e.g. "VI ¶2", "VI.2.1 a" or "V item 2". */
export const Locator = z.string().regex(LOCATOR_PATTERN, {
  error:
    'a locator is a chapter and optional section, then "¶<paragraph>" and/or an item: "VI ¶2", "VI.2.1 a", "V item 2"',
});

/** A year stated by the source: from 1900 up to the year of the build (a thesis is not from the future). */
export const Year = z
  .int()
  .min(1900, { error: 'a year before 1900 is out of range for these sources' })
  .max(new Date().getUTCFullYear(), {
    error: `a year after ${new Date().getUTCFullYear()} (the year of this build) is in the future`,
  });

/** The explicit marker for a fact the source does not state (spaces around it do not matter). */
const NOT_STATED = 'not-stated' as const;
export const NotStated = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim() : value),
  z.literal(NOT_STATED),
);
