import { z } from 'astro/zod';
import { CityId } from './identifiers.ts';
import { Country, GovernmentKind } from './vocabulary.ts';
import { CoordinatesSchema } from './coordinates.ts';
import { Text } from './text.ts';

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
});
export type City = z.output<typeof CitySchema>;
