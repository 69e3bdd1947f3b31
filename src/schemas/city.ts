import { z } from 'astro/zod';
import { CityId } from './identifiers.ts';
import { Country, GovernmentKind } from './vocabulary.ts';
import { CoordinatesSchema } from './coordinates.ts';
import { Text } from './text.ts';

/** A BCP 47 language tag, e.g. "ko" or "zh-Hant": the language a text is written in. */
const LanguageTag = z.string().refine(
  (tag) => {
    try {
      return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag) && Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  },
  { error: 'a BCP 47 language tag, e.g. "ko" or "zh-Hant"' },
);

/** A city's name in its own script and language, e.g. 서울특별시 (ko), shown beside the Latin name. */
export const OwnNameSchema = z.strictObject({
  /** The name as the city writes it. */
  name: Text,
  /** Its language, as a BCP 47 tag, so that browsers and screen readers treat it right. */
  lang: LanguageTag,
});

/** One of the two cities in a partnership. */
export const CitySchema = z.strictObject({
  /** Id of the city within its case, e.g. "daejeon"; other fields refer to the city by it. */
  id: CityId,
  /** The city's name, the same in both languages. */
  name: Text,
  /** Country, as an ISO 3166-1 alpha-2 code. */
  country: Country,
  /** The kind of government the source names for the city. */
  government: GovernmentKind,
  /** Approximate position of the city centre, for the map (geography, not from the source). */
  coordinates: CoordinatesSchema,
  /** Optional: the city's name in its own script (general geography, like the coordinates). */
  ownName: OwnNameSchema.optional(),
});
export type City = z.output<typeof CitySchema>;
