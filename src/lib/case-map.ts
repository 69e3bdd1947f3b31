import { geoEqualEarth, geoInterpolate, geoPath } from 'd3-geo';
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
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label goes: its text's anchor point, and a leader line to its dot when it stands off. */
export interface MapLabel {
  /** What it says: the city's name, or its key in the list under the map where the name has no room. */
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** From the dot's edge to the label, when the label stands away from its dot. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** A dot on the map: a city, or cities so near that their dots would overlap, with its label. */
export interface MapCity {
  /** The city's name; the names of cities sharing the dot, joined with " · ". */
  name: string;
  /** The names of the cities the dot stands for, in the map's order. */
  names: string[];
  x: number;
  y: number;
  label: MapLabel;
  /** Its key ("A", "B", …) when the map shows that instead of its name; listed under the map. */
  key?: string;
}

/** One partnership: a great-circle line between its two cities. */
export interface MapLink {
  slug: string;
  title: string;
  /** Its number on the map and in the list beside it, from 1: lines are told apart by more than dashes. */
  number: number;
  /** Its two cities, for the list that stands beside the map. */
  cities: City[];
  d: string;
  /** SVG dash pattern that tells this line from its neighbours (solid, dashed, dotted, …). */
  dashes: string;
  /** Where its number stands: the centre of a badge, on its line near the middle where there is room. */
  badge: { x: number; y: number };
}

/** Everything the map component draws. */
export interface CaseMap {
  width: number;
  height: number;
  /** How much larger than MAP_SIZE it is drawn (one of MAP_SCALES): a crowded map is larger. */
  scale: number;
  land: string;
  cities: MapCity[];
  links: MapLink[];
}

const cityIdentity = (city: City) => `${city.name}|${city.coordinates.lat}|${city.coordinates.lon}`;
const lonLat = (city: City): [number, number] => [city.coordinates.lon, city.coordinates.lat];
const round = (n: number) => Math.round(n * 10) / 10;

/** Roughly how much room a label takes: wide enough to keep labels apart, not a text layout. */
export function labelBox(name: string, x: number, y: number, anchor: 'start' | 'end'): Box {
  const width = [...name].length * MAP_LABEL_SIZE * 0.6;
  return {
    x: anchor === 'start' ? x : x - width,
    y: y - MAP_LABEL_SIZE * 0.8,
    width,
    height: MAP_LABEL_SIZE,
  };
}

/** Whether two boxes share any area. */
export const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** A map's frame: the size of its drawing. */
export interface Frame {
  width: number;
  height: number;
}

/** Whether a box lies wholly inside a map's frame. */
export const inside = (a: Box, frame: Frame = MAP_SIZE) =>
  a.x >= 0 && a.y >= 0 && a.x + a.width <= frame.width && a.y + a.height <= frame.height;

/** The radius a city's dot is drawn with. */
export const DOT_DRAWN_RADIUS = 7;
/** Room a city's dot takes (its radius and its outline). */
export const DOT_RADIUS = DOT_DRAWN_RADIUS + 2;
/** The room a dot takes, as a box. */
export const dotBox = ({ x, y }: { x: number; y: number }): Box => ({
  x: x - DOT_RADIUS,
  y: y - DOT_RADIUS,
  width: 2 * DOT_RADIUS,
  height: 2 * DOT_RADIUS,
});

/** The radius of a partnership's number badge. */
export const BADGE_RADIUS = 15;
/** The size a badge's number is drawn at. */
export const MAP_BADGE_SIZE = 20;
/** The room a badge takes, as a box. */
export const badgeBox = ({ x, y }: { x: number; y: number }): Box => ({
  x: x - BADGE_RADIUS,
  y: y - BADGE_RADIUS,
  width: 2 * BADGE_RADIUS,
  height: 2 * BADGE_RADIUS,
});

/** The key of the n-th city (from 0) that the map shows by key: A … Z, then AA, AB, … */
export function cityKey(n: number): string {
  const letter = String.fromCharCode(65 + (n % 26));
  return n < 26 ? letter : cityKey(Math.floor(n / 26) - 1) + letter;
}

/**
 * The places a label may take around its dot, nearest first: right and left of it, level with it,
 * above and below, then further out (with a leader line back to the dot).
 */
function labelCandidates(x: number, y: number): Omit<MapLabel, 'text'>[] {
  const gap = 10;
  const shift = MAP_LABEL_SIZE * 0.75;
  const near = [7, -shift, shift + 14];
  const far = [
    ...near,
    -shift * 2.2,
    shift * 2.2 + 14,
    -shift * 3.4,
    shift * 3.4 + 14,
    -shift * 4.6,
    shift * 4.6 + 14,
  ];
  const candidates: Omit<MapLabel, 'text'>[] = [];
  for (const reach of [0, 1, 2, 3, 4, 5, 6])
    for (const row of reach === 0 ? near : far)
      for (const anchor of ['start', 'end'] as const) {
        const side = anchor === 'start' ? 1 : -1;
        const lx = x + side * (gap + reach * 28);
        const ly = y + row;
        const label = { x: lx, y: ly, anchor };
        candidates.push(
          reach === 0
            ? label
            : {
                ...label,
                leader: {
                  x1: x + side * (DOT_RADIUS + 1),
                  y1: y,
                  x2: lx - side * 3,
                  y2: ly - MAP_LABEL_SIZE * 0.3,
                },
              },
        );
      }
  return candidates;
}

/** The box a leader line passes through, as a thin box (enough to keep it off other labels). */
const leaderBox = (leader: NonNullable<MapLabel['leader']>): Box => ({
  x: Math.min(leader.x1, leader.x2),
  y: Math.min(leader.y1, leader.y2) - 1,
  width: Math.abs(leader.x2 - leader.x1),
  height: Math.abs(leader.y2 - leader.y1) + 2,
});

type Point = { x: number; y: number };
type Candidate = Omit<MapLabel, 'text'>;

const roundLabel = (text: string, chosen: Candidate): MapLabel => {
  const label: MapLabel = { text, x: round(chosen.x), y: round(chosen.y), anchor: chosen.anchor };
  if (chosen.leader)
    label.leader = {
      x1: round(chosen.leader.x1),
      y1: round(chosen.leader.y1),
      x2: round(chosen.leader.x2),
      y2: round(chosen.leader.y2),
    };
  return label;
};

/**
 * The spots a badge may take: on its line, from the middle outwards (`along`), then around the
 * middle, nearest first.
 */
function badgeCandidates(along: Point[]): Point[] {
  const { x, y } = along[0]!;
  const steps = Array.from({ length: 21 }, (_, i) => i - 10);
  const around = steps
    .flatMap((dy) => steps.map((dx) => ({ x: x + dx * 16, y: y + dy * 16 })))
    .sort((a, b) => Math.hypot(a.x - x, a.y - y) - Math.hypot(b.x - x, b.y - y));
  return [...along, ...around];
}

/**
 * The boxes drawn so far, filed by the cells of a coarse grid they cover, so that a new box is
 * checked against its neighbours only (a map of a thousand cities stays quick to place).
 */
class DrawnBoxes {
  private readonly cells = new Map<string, Box[]>();
  private static readonly CELL = 64;

  private *cellsOf(box: Box): Generator<string> {
    const { CELL } = DrawnBoxes;
    for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.width) / CELL); cx++)
      for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.height) / CELL); cy++)
        yield `${cx},${cy}`;
  }

  add(box: Box) {
    for (const cell of this.cellsOf(box)) {
      const boxes = this.cells.get(cell);
      if (boxes) boxes.push(box);
      else this.cells.set(cell, [box]);
    }
  }

  /** Whether a box covers any box drawn so far. */
  hits(box: Box): boolean {
    for (const cell of this.cellsOf(box))
      for (const other of this.cells.get(cell) ?? []) if (overlaps(box, other)) return true;
    return false;
  }
}

/** A label as placed: its text, where, and the city's key if it shows one. */
type PlacedLabel = MapLabel & { key?: string };

/**
 * One pass over the map: the keys of the cities in `keyed` first (they must stand by their dots),
 * then the other cities' names (which may stand off, with a leader line), then the badges. A name
 * with no room gives way to a key in the same pass. Says which cities took a key in this pass, and
 * whether any text found no room at all (placed right of its dot regardless).
 */
function placeOnce(
  points: (Point & { name: string })[],
  lines: Point[][],
  frame: Frame,
  keyed: ReadonlySet<number>,
) {
  const drawn = new DrawnBoxes();
  for (const point of points) drawn.add(dotBox(point));
  const fits = (box: Box, leader?: Box) =>
    inside(box, frame) && !drawn.hits(box) && !(leader && drawn.hits(leader));
  const place = (text: string, x: number, y: number) =>
    labelCandidates(x, y).find((c) =>
      fits(labelBox(text, c.x, c.y, c.anchor), c.leader && leaderBox(c.leader)),
    );
  const keyOf = new Map<number, string>();
  const keyFor = (i: number) => {
    if (!keyOf.has(i)) keyOf.set(i, cityKey(keyOf.size));
    return keyOf.get(i)!;
  };
  const newlyKeyed = new Set<number>();
  let unplaced = 0;
  const labels: PlacedLabel[] = [];
  const order = [...points.keys()].sort((a, b) => Number(keyed.has(b)) - Number(keyed.has(a)) || a - b);
  for (const i of order) {
    const { name, x, y } = points[i]!;
    let text = keyed.has(i) ? keyFor(i) : name;
    let chosen = place(text, x, y);
    if (!chosen && !keyed.has(i)) {
      newlyKeyed.add(i);
      text = keyFor(i);
      chosen = place(text, x, y);
    }
    if (!chosen) unplaced++;
    const spot = chosen ?? labelCandidates(x, y)[0]!;
    drawn.add(labelBox(text, spot.x, spot.y, spot.anchor));
    if (spot.leader) drawn.add(leaderBox(spot.leader));
    labels[i] = text === name ? roundLabel(text, spot) : { ...roundLabel(text, spot), key: text };
  }
  const badges = lines.map((along) => {
    const spot = badgeCandidates(along).find((c) => fits(badgeBox(c)));
    if (!spot) unplaced++;
    const at = spot ?? along[0]!;
    drawn.add(badgeBox(at));
    return { x: round(at.x), y: round(at.y) };
  });
  return { labels, badges, newlyKeyed, unplaced };
}

/** How many passes a frame gets: each one places the keys found in the one before first. */
const PASSES = 3;

/**
 * Places each city's label and each partnership's number badge (`lines`: the points of each
 * partnership's line it may stand on, in order) where none covers another label, leader line, dot
 * or badge and all stay on the map. A label is the city's name beside its dot, or further out with a
 * leader line; where a name has no room, the city is shown by a key (A, B, …, listed under the map),
 * and the map is placed again with the keys first. `fits` is false when some text still found no
 * room (it then stands right of its dot, and the caller may draw the map larger).
 */
export function placeMapText(
  points: (Point & { name: string })[],
  lines: Point[][] = [],
  frame: Frame = MAP_SIZE,
): { labels: PlacedLabel[]; badges: Point[]; fits: boolean } {
  const keyed = new Set<number>();
  let result = placeOnce(points, lines, frame, keyed);
  for (let pass = 1; pass < PASSES && result.newlyKeyed.size > 0; pass++) {
    for (const i of result.newlyKeyed) keyed.add(i);
    result = placeOnce(points, lines, frame, keyed);
  }
  return { labels: result.labels, badges: result.badges, fits: result.unplaced === 0 };
}

/** Where along a line (0 at one city, 1 at the other) its badge may stand, in order of preference. */
const ALONG = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8];

/** Dots nearer than this (SVG units) are one place: one would hide the other. */
const SAME_PLACE = 4;

/** How much larger than MAP_SIZE a crowded map is drawn, tried in turn until its text fits. */
export const MAP_SCALES = [1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;

/**
 * Draws the cities of every case and a line for each partnership on the land around them. The
 * projection (Equal Earth, centred on the cities) is fitted to the cities, so a new case with cities
 * elsewhere widens the map by itself. A map too crowded for its labels, keys and badges even with
 * every city keyed is drawn larger (MAP_SCALES; text keeps its size, places move apart). Cities at
 * one place share one dot.
 */
export function drawCaseMap(cases: readonly CaseEntry[], land: Land): CaseMap {
  let byLand = drawnMaps.get(cases);
  if (!byLand) drawnMaps.set(cases, (byLand = new WeakMap()));
  let map = byLand.get(land);
  if (!map) byLand.set(land, (map = drawAnew(cases, land)));
  return map;
}

/** Maps already drawn, by case list and land: the home page and /cases/ share one in each language. */
const drawnMaps = new WeakMap<readonly CaseEntry[], WeakMap<Land, CaseMap>>();

function drawAnew(cases: readonly CaseEntry[], land: Land): CaseMap {
  const cities = new Map<string, City>();
  for (const entry of cases) for (const city of entry.data.cities) cities.set(cityIdentity(city), city);
  const all = [...cities.values()];
  const lons = all.map((city) => city.coordinates.lon);
  const centre = (Math.min(...lons) + Math.max(...lons)) / 2;
  for (const scale of MAP_SCALES) {
    const { map, fits } = drawInFrame(cases, land, all, centre, scale);
    if (fits) return map;
  }
  // Nothing helps (a larger frame only makes the text smaller): the usual size, text where it falls.
  return drawInFrame(cases, land, all, centre, 1).map;
}

/** The map drawn in one frame, and whether all its text found room there. */
function drawInFrame(
  cases: readonly CaseEntry[],
  land: Land,
  all: City[],
  centre: number,
  scale: number,
): { map: CaseMap; fits: boolean } {
  const frame = { width: MAP_SIZE.width * scale, height: MAP_SIZE.height * scale };
  const projection = geoEqualEarth()
    .rotate([-centre, 0])
    .fitExtent(
      [
        [MARGIN.x, MARGIN.y],
        [frame.width - MARGIN.x, frame.height - MARGIN.y],
      ],
      { type: 'MultiPoint', coordinates: all.map(lonLat) },
    )
    .clipExtent([
      [0, 0],
      [frame.width, frame.height],
    ]);
  const path = geoPath(projection).digits(1);
  const projected = all
    .map((city) => {
      const [x, y] = projection(lonLat(city))!;
      return { city, x: round(x), y: round(y) };
    })
    .sort((a, b) => a.y - b.y || a.x - b.x);
  // Cities at one place (their dots would cover each other) share one dot, which carries all their names.
  const points: { names: string[]; x: number; y: number }[] = [];
  for (const { city, x, y } of projected) {
    const near = points.find((p) => Math.hypot(p.x - x, p.y - y) < SAME_PLACE);
    if (near) near.names.push(city.name);
    else points.push({ names: [city.name], x, y });
  }
  // Each line's points from its middle outwards, where its number badge may stand.
  const lines = cases.map((entry) => {
    const [a, b] = entry.data.cities.map(lonLat) as [[number, number], [number, number]];
    const along = geoInterpolate(a, b);
    const onMap = ALONG.flatMap((t) => {
      const point = projection(along(t));
      return point ? [{ x: point[0], y: point[1] }] : [];
    });
    return onMap.length > 0 ? onMap : [{ x: frame.width / 2, y: frame.height / 2 }];
  });
  const { labels, badges, fits } = placeMapText(
    points.map(({ names, x, y }) => ({ name: names.join(' · '), x, y })),
    lines,
    frame,
  );
  const map: CaseMap = {
    ...frame,
    scale,
    land: path(land) ?? '',
    cities: points.map(({ names, x, y }, i) => {
      const { key, ...label } = labels[i]!;
      return { name: names.join(' · '), names, x, y, label, ...(key ? { key } : {}) };
    }),
    links: cases.map((entry, i) => ({
      slug: entry.slug,
      title: caseTitle(entry.data),
      number: i + 1,
      cities: entry.data.cities,
      d: path({ type: 'LineString', coordinates: entry.data.cities.map(lonLat) }) ?? '',
      dashes: LINE_DASHES[i % LINE_DASHES.length]!,
      badge: badges[i]!,
    })),
  };
  return { map, fits };
}
