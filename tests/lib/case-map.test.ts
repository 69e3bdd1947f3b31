import { describe, expect, it } from 'vitest';
import {
  badgeBox,
  cityKey,
  DOT_RADIUS,
  dotBox,
  drawCaseMap,
  inside,
  labelBox,
  MAP_SCALES,
  MAP_SIZE,
  overlaps,
  placeMapText,
} from '../../src/lib/case-map.ts';
import { land } from '../../src/loaders/land.ts';
import { validateFolder } from '../helpers/content.ts';

const real = validateFolder('content').cases;
const fixture = validateFolder('tests/fixtures/valid').cases;

const onMap = ({ x, y }: { x: number; y: number }) =>
  x >= 0 && x <= MAP_SIZE.width && y >= 0 && y <= MAP_SIZE.height;

describe('the map of the cases', () => {
  const map = drawCaseMap(real, land);

  it('draws every city of every case, inside the map', () => {
    expect(map.cities.map((c) => c.name).sort()).toEqual([
      'Bandung',
      'Daejeon',
      'Seoul',
      'Tangerang Selatan',
    ]);
    expect(map.cities.every(onMap)).toBe(true);
  });

  it('puts cities where their coordinates say: Seoul north of Daejeon, both north of Java', () => {
    const at = (name: string) => map.cities.find((c) => c.name === name)!;
    expect(at('Seoul').y).toBeLessThan(at('Daejeon').y);
    expect(at('Daejeon').y).toBeLessThan(at('Bandung').y);
    expect(at('Tangerang Selatan').x).toBeLessThan(at('Bandung').x);
  });

  it('draws one line per partnership, each with its own dash pattern, and land around them', () => {
    expect(map.links.map((l) => l.title)).toEqual(['Bandung–Seoul', 'Daejeon–Tangerang Selatan']);
    expect(map.links.every((l) => /^M[\d.,-]+(L[\d.,-]+)+$/.test(l.d))).toBe(true);
    expect(new Set(map.links.map((l) => l.dashes)).size).toBe(2);
    expect(map.land.length).toBeGreaterThan(1000);
    // Clipped to the map: a whole world at this scale would be several times larger.
    expect(map.land.length).toBeLessThan(20_000);
  });

  it('adds a third case’s cities from its data alone, and draws a city shared by two cases once', () => {
    const withThird = drawCaseMap([...real, ...fixture], land);
    expect(withThird.cities.flatMap((c) => c.names).sort()).toEqual(
      [
        'Bandung',
        'Daejeon',
        'Seoul',
        'Tangerang Selatan',
        // Two fixtures share Southport: it is drawn once.
        ...new Set(fixture.flatMap((c) => c.data.cities.map((x) => x.name))),
      ].sort(),
    );
    expect(withThird.links).toHaveLength(2 + fixture.length);
    expect(withThird.cities.every(onMap)).toBe(true);
    expect(drawCaseMap([...real, real[0]!], land).cities).toHaveLength(4);
  });
});

describe('map labels', () => {
  it('move aside when two cities lie close together, so that no two labels overlap', () => {
    const { labels } = placeMapText([
      { name: 'Seoul', x: 300, y: 100 },
      { name: 'Daejeon', x: 302, y: 110 },
      { name: 'Sejong', x: 298, y: 106 },
    ]);
    const boxes = labels.map((l, i) => labelBox(['Seoul', 'Daejeon', 'Sejong'][i]!, l.x, l.y, l.anchor));
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
        ).toBe(false);
  });

  it('keep off the dots of nearby cities', () => {
    const points = [
      { name: 'Tangerang Selatan', x: 252, y: 434 },
      { name: 'Bandung', x: 258, y: 440 },
    ];
    const { labels } = placeMapText(points);
    for (const [i, label] of labels.entries()) {
      const box = labelBox(points[i]!.name, label.x, label.y, label.anchor);
      for (const dot of points)
        expect(
          box.x < dot.x + DOT_RADIUS &&
            dot.x - DOT_RADIUS < box.x + box.width &&
            box.y < dot.y + DOT_RADIUS &&
            dot.y - DOT_RADIUS < box.y + box.height,
          `${points[i]!.name} over ${dot.name}`,
        ).toBe(false);
    }
  });

  it('go left of a city at the right edge, so that they stay on the map', () => {
    const [label] = placeMapText([{ name: 'Eastport', x: MAP_SIZE.width - 20, y: 200 }]).labels;
    expect(label!.anchor).toBe('end');
  });
});

/** A pseudo-random number in [0, 1) from a seed: the same synthetic map on every run. */
function seeded(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const NAMES = [
  'Tangerang Selatan',
  'Daejeon',
  'Bandung',
  'Seoul',
  'Surabaya',
  'Busan',
  'Yogyakarta',
  'Gwangju',
  'Makassar',
  'Incheon',
  'Palembang',
  'Changwon',
  'Denpasar',
  'Jeonju',
  'Pekanbaru',
  'Ulsan',
  'Balikpapan',
  'Cheongju',
  'Banjarmasin',
  'Suwon',
  'Pontianak',
  'Gyeongju',
  'Manado',
  'Pohang',
];

/**
 * `count` partnerships between cities spread over South, East and Southeast Asia (names of real
 * lengths), no two cities nearer than 4 degrees: dots apart, names crowded. `world`: over the whole
 * world, 2 degrees apart, for hundreds of partnerships.
 */
function syntheticCases(count: number, seed: number, world = false) {
  const random = seeded(seed);
  const spots: { lat: number; lon: number }[] = [];
  const [spacing, lat, lon] = world ? [2, [-55, 125], [-175, 350]] : [4, [-10, 60], [70, 80]];
  while (spots.length < 2 * count) {
    const spot = { lat: lat[0]! + random() * lat[1]!, lon: lon[0]! + random() * lon[1]! };
    if (spots.every((s) => Math.hypot(s.lat - spot.lat, s.lon - spot.lon) >= spacing)) spots.push(spot);
  }
  return Array.from({ length: count }, (_, i) => {
    const base = structuredClone(real[0]!);
    const city = (n: number) => ({
      ...base.data.cities[0],
      name: `${NAMES[n % NAMES.length]}${n >= NAMES.length ? ` ${Math.floor(n / NAMES.length) + 1}` : ''}`,
      coordinates: spots[n]!,
    });
    base.slug = `synthetic-${i + 1}`;
    base.data.cities = [city(2 * i), city(2 * i + 1)] as typeof base.data.cities;
    return base;
  });
}

describe.each([12, 30])('a map of %i partnerships', (count) => {
  const map = drawCaseMap(syntheticCases(count, count), land);
  const labels = map.cities.map((city) => ({
    city: city.name,
    box: labelBox(city.label.text, city.label.x, city.label.y, city.label.anchor),
  }));
  const dots = map.cities.map((city) => ({ city: city.name, box: dotBox(city) }));
  const badges = map.links.map((link) => ({ link: link.number, box: badgeBox(link.badge) }));

  it('has a label for every city, none over another label, a dot or a number badge', () => {
    expect(map.cities).toHaveLength(2 * count);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1))
        expect(overlaps(a.box, b.box), `${a.city} over ${b.city}`).toBe(false);
      for (const dot of dots)
        expect(overlaps(a.box, dot.box), `${a.city} over the dot of ${dot.city}`).toBe(false);
      for (const badge of badges)
        expect(overlaps(a.box, badge.box), `${a.city} over the number ${badge.link}`).toBe(false);
    }
  });

  it('has every label, dot and badge inside the frame', () => {
    for (const { city, box } of [...labels, ...dots]) expect(inside(box, map), city).toBe(true);
    for (const { link, box } of badges) expect(inside(box, map), `number ${link}`).toBe(true);
  });

  it('numbers every partnership once, its badge clear of the others and of every dot', () => {
    expect(map.links.map((link) => link.number)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    for (const [i, a] of badges.entries()) {
      for (const b of badges.slice(i + 1))
        expect(overlaps(a.box, b.box), `${a.link} over ${b.link}`).toBe(false);
      for (const dot of dots) expect(overlaps(a.box, dot.box), `${a.link} over ${dot.city}`).toBe(false);
    }
  });

  it('keys by letter only the cities whose names have no room, each key once', () => {
    const keyed = map.cities.filter((city) => city.key);
    expect(new Set(keyed.map((city) => city.key)).size).toBe(keyed.length);
    for (const city of keyed) expect(city.label.text).toBe(city.key);
    for (const city of map.cities.filter((c) => !c.key)) expect(city.label.text).toBe(city.name);
    // Crowded enough that the rule is exercised: at 30 partnerships some names give way to keys.
    if (count === 30) expect(keyed.length).toBeGreaterThan(0);
  });

  it('is drawn larger only as far as its text needs', () => {
    // Twelve fit the usual frame; thirty need a larger one, at most half as large again.
    expect(MAP_SCALES).toContain(map.scale);
    if (count === 12) expect(map.scale).toBe(1);
    else expect(map.scale).toBeGreaterThan(1);
    expect(map.scale).toBeLessThanOrEqual(1.5);
    expect([map.width, map.height]).toEqual([MAP_SIZE.width * map.scale, MAP_SIZE.height * map.scale]);
  });
});

describe('cities at one place', () => {
  it('share one dot that carries every name, the map still drawn at its usual size with nothing overlapping', () => {
    // Generated cases reuse the real cities' places under new names, as a careless file might.
    const copies = syntheticCases(6, 7).map((entry, i) => {
      const template = real[i % real.length]!;
      entry.data.cities = entry.data.cities.map((city, n) => ({
        ...city,
        coordinates: template.data.cities[n]!.coordinates,
      })) as typeof entry.data.cities;
      return entry;
    });
    const map = drawCaseMap([...real, ...copies], land);
    expect(map.cities).toHaveLength(4);
    expect(map.cities.flatMap((c) => c.names).sort()).toEqual(
      [...real, ...copies].flatMap((e) => e.data.cities.map((c) => c.name)).sort(),
    );
    expect(map.width).toBe(MAP_SIZE.width);
    const text = [
      ...map.cities.map((c) => labelBox(c.label.text, c.label.x, c.label.y, c.label.anchor)),
      ...map.links.map((l) => badgeBox(l.badge)),
    ];
    // Labels and badges keep off each other and off every dot (real cities' dots may touch).
    for (const [i, a] of text.entries()) {
      expect(inside(a, map)).toBe(true);
      for (const b of [...text.slice(i + 1), ...map.cities.map(dotBox)]) expect(overlaps(a, b)).toBe(false);
    }
  });
});

describe('map text with no room at all', () => {
  it('says so (fits: false) when even keys cannot be placed: dots on top of each other', () => {
    const points = Array.from({ length: 40 }, (_, i) => ({ name: `City ${i}`, x: 320, y: 240 }));
    expect(placeMapText(points).fits).toBe(false);
    expect(placeMapText(points.slice(0, 1)).fits).toBe(true);
  });
});

describe('a map of 500 partnerships', () => {
  it('is drawn, every city named on it or keyed, each key once', () => {
    const cases = syntheticCases(500, 500, true);
    const map = drawCaseMap(cases, land);
    expect(map.cities.flatMap((c) => c.names).sort()).toEqual(
      cases.flatMap((e) => e.data.cities.map((c) => c.name)).sort(),
    );
    expect(map.links).toHaveLength(500);
    // So many cities cannot all be named: most are keyed, and the keys are distinct.
    const keys = map.cities.flatMap((c) => (c.key ? [c.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('city keys', () => {
  it('run A to Z, then AA, AB, …', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(cityKey)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});
