import type { CaseWithRefs } from './content-rules.ts';
import { formatPath } from './field-path.ts';
import type { Problem } from './problems.ts';
import type { SharedEntity } from './references.ts';

/**
 * A city or a source named by several cases is one city or one thesis: the map draws the city once,
 * the source page and the citations show the thesis once. So every case that names it must give it
 * the same fields, or the site would show one case's version and silently drop the other's.
 */

/** A value written the same way whatever the order of its keys or the Unicode form of its text. */
function canonical(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

const shown = (value: unknown) => (value === undefined ? 'nothing' : canonical(value));

function disagreements(
  kind: 'city' | 'source',
  entities: (c: CaseWithRefs) => SharedEntity[],
  cases: readonly CaseWithRefs[],
): Problem[] {
  const first = new Map<string, { c: CaseWithRefs; entity: SharedEntity }>();
  const problems: Problem[] = [];
  for (const c of cases)
    for (const entity of entities(c)) {
      const earlier = first.get(entity.id);
      if (!earlier) {
        first.set(entity.id, { c, entity });
        continue;
      }
      if (earlier.c.file === c.file) continue;
      const keys = [...new Set([...Object.keys(earlier.entity.fields), ...Object.keys(entity.fields)])];
      for (const key of keys) {
        const [theirs, ours] = [earlier.entity.fields[key], entity.fields[key]];
        if (canonical(theirs) === canonical(ours)) continue;
        const path = [...entity.path.slice(0, -1), key];
        problems.push({
          file: c.file,
          line: c.lineOf(key in entity.fields ? path : entity.path),
          path: formatPath(path),
          message: `${kind} "${entity.id}" is also in ${earlier.c.file}, with ${key} ${shown(theirs)} there and ${shown(ours)} here`,
          hint: `a ${kind} id names one ${kind === 'city' ? 'city' : 'thesis'}: give both files the same ${key}, or give one of them another id`,
        });
      }
    }
  return problems;
}

/** Every city and every source named by more than one case is given the same fields by each. */
export function sharedEntityProblems(cases: readonly CaseWithRefs[]): Problem[] {
  return [
    ...disagreements('city', (c) => c.refs.cities, cases),
    ...disagreements('source', (c) => (c.refs.source ? [c.refs.source] : []), cases),
  ];
}
