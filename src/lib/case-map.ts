import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import { caseTitle, type CaseEntry } from './casebook.ts';
import type { City } from '../schemas/city.ts';

/** Land shapes, as GeoJSON. */
export type Land = Feature<Geometry, GeoJsonProperties> | FeatureCollection<Geometry, GeoJsonProperties>;

/** The size of the map's drawing, in SVG user units; the SVG scales to its box. */
export const MAP_SIZE = { width: 640, height: 480 } as const;
/** Label size, in SVG user units: large, so that names stay legible when the map shrinks to 320 px. */
export const MAP_LABEL_SIZE = 26;
/** Dash patterns for partnership lines, taken in turn: lines that run close stay distinguishable. */
export const LINE_DASHES = ['none', '14 8', '3 7', '20 6 4 6'] as const;
const MARGIN = { x: 110, y: 48 };

/** A box in SVG user units. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A city on the map, with where its label goes. */
export interface MapCity {
  name: string;
  x: number;
  y: number;
  label: { x: number; y: number; anchor: 'start' | 'end' };
}

/** One partnership: a great-circle line between its two cities. */
export interface MapLink {
  slug: string;
  title: string;
  /** Its two cities, for the list that stands beside the map. */
  cities: City[];
  d: string;
  /** SVG dash pattern that tells this line from its neighbours (solid, dashed, dotted, …). */
  dashes: string;
}

/** Everything the map component draws. */
export interface CaseMap {
  width: number;
  height: number;
  land: string;
  cities: MapCity[];
  links: MapLink[];
}

const cityKey = (city: City) => `${city.name}|${city.coordinates.lat}|${city.coordinates.lon}`;
const lonLat = (city: City): [number, number] => [city.coordinates.lon, city.coordinates.lat];
const round = (n: number) => Math.round(n * 10) / 10;

/** Roughly how much room a label takes: wide enough to keep labels apart, not a text layout. */
export function labelBox(name: string, x: number, y: number, anchor: 'start' | 'end'): Box {
  const width = name.length * MAP_LABEL_SIZE * 0.6;
  return {
    x: anchor === 'start' ? x : x - width,
    y: y - MAP_LABEL_SIZE * 0.8,
    width,
    height: MAP_LABEL_SIZE,
  };
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box) =>
  a.x >= 0 && a.y >= 0 && a.x + a.width <= MAP_SIZE.width && a.y + a.height <= MAP_SIZE.height;

/** Room a city's dot takes (radius 7 and its outline). */
export const DOT_RADIUS = 9;
const dotBox = ({ x, y }: { x: number; y: number }): Box => ({
  x: x - DOT_RADIUS,
  y: y - DOT_RADIUS,
  width: 2 * DOT_RADIUS,
  height: 2 * DOT_RADIUS,
});

/**
 * Places each label beside its dot where it covers no other label or dot and stays on the map:
 * right, left, then above and below on either side. Falls back to the right.
 */
export function placeLabels(points: { name: string; x: number; y: number }[]): MapCity['label'][] {
  const placed: Box[] = points.map(dotBox);
  const gap = 10;
  const shift = MAP_LABEL_SIZE * 0.75;
  return points.map(({ name, x, y }) => {
    const candidates = [
      { x: x + gap, y: y + 7, anchor: 'start' as const },
      { x: x - gap, y: y + 7, anchor: 'end' as const },
      { x: x + gap, y: y - shift, anchor: 'start' as const },
      { x: x + gap, y: y + shift + 14, anchor: 'start' as const },
      { x: x - gap, y: y - shift, anchor: 'end' as const },
      { x: x - gap, y: y + shift + 14, anchor: 'end' as const },
    ];
    const chosen =
      candidates.find((c) => {
        const box = labelBox(name, c.x, c.y, c.anchor);
        return inside(box) && !placed.some((other) => overlaps(box, other));
      }) ?? candidates[0]!;
    placed.push(labelBox(name, chosen.x, chosen.y, chosen.anchor));
    return { x: round(chosen.x), y: round(chosen.y), anchor: chosen.anchor };
  });
}

/**
 * Draws the cities of every case and a line for each partnership on the land around them. The
 * projection (Equal Earth, centred on the cities) is fitted to the cities, so a new case with cities
 * elsewhere widens the map by itself.
 */
export function drawCaseMap(cases: readonly CaseEntry[], land: Land): CaseMap {
  const cities = new Map<string, City>();
  for (const entry of cases) for (const city of entry.data.cities) cities.set(cityKey(city), city);
  const all = [...cities.values()];
  const lons = all.map((city) => city.coordinates.lon);
  const centre = (Math.min(...lons) + Math.max(...lons)) / 2;
  const projection = geoEqualEarth()
    .rotate([-centre, 0])
    .fitExtent(
      [
        [MARGIN.x, MARGIN.y],
        [MAP_SIZE.width - MARGIN.x, MAP_SIZE.height - MARGIN.y],
      ],
      { type: 'MultiPoint', coordinates: all.map(lonLat) },
    )
    .clipExtent([
      [0, 0],
      [MAP_SIZE.width, MAP_SIZE.height],
    ]);
  const path = geoPath(projection).digits(1);
  const points = all
    .map((city) => {
      const [x, y] = projection(lonLat(city))!;
      return { city, x: round(x), y: round(y) };
    })
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const labels = placeLabels(points.map(({ city, x, y }) => ({ name: city.name, x, y })));
  return {
    ...MAP_SIZE,
    land: path(land) ?? '',
    cities: points.map(({ city, x, y }, i) => ({
      name: city.name,
      x,
      y,
      label: labels[i]!,
    })),
    links: cases.map((entry, i) => ({
      slug: entry.slug,
      title: caseTitle(entry.data),
      cities: entry.data.cities,
      d: path({ type: 'LineString', coordinates: entry.data.cities.map(lonLat) }) ?? '',
      dashes: LINE_DASHES[i % LINE_DASHES.length]!,
    })),
  };
}
