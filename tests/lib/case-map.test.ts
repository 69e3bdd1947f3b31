import { describe, expect, it } from 'vitest';
import { DOT_RADIUS, drawCaseMap, labelBox, MAP_SIZE, placeLabels } from '../../src/lib/case-map.ts';
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
    expect(withThird.cities.map((c) => c.name).sort()).toEqual(
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
    const labels = placeLabels([
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
    const labels = placeLabels(points);
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
    const [label] = placeLabels([{ name: 'Eastport', x: MAP_SIZE.width - 20, y: 200 }]);
    expect(label!.anchor).toBe('end');
  });
});
