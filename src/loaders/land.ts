import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topology from 'world-atlas/land-110m.json' with { type: 'json' };
import type { Land } from '../lib/case-map.ts';

/**
 * Natural Earth's land at 1:110 million, from the world-atlas package: coarse enough that the map of
 * a whole region stays a few kilobytes, and no tile server is ever asked for anything.
 */
const world = topology as unknown as Topology<{ land: GeometryCollection }>;
export const land: Land = feature(world, world.objects.land);
