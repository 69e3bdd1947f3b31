import { z } from 'astro/zod';

/**
 * Where a city lies, in WGS 84 decimal degrees. General geography, not a finding: the theses give
 * no coordinates, so these place the city centre on the map and nowhere claim more.
 */
export const CoordinatesSchema = z.strictObject({
  /** Latitude, south negative. */
  lat: z.number().min(-90).max(90),
  /** Longitude, west negative. */
  lon: z.number().min(-180).max(180),
});
export type Coordinates = z.output<typeof CoordinatesSchema>;
