import type { Source } from '../schemas/source.ts';
import { caseTitle, type CaseEntry } from './casebook.ts';
import { findingsOf, type FlatFinding } from './findings.ts';
import { parseLocator } from './locator.ts';

/** A source with the cases drawn from it and their findings, grouped by locator. */
export interface SourceEntry {
  source: Source;
  cases: { slug: string; title: string }[];
  groups: { locator: string; findings: (FlatFinding & { slug: string })[] }[];
}

/** Sort key of a locator: section numbers, then paragraph, then item, as they run in the chapter. */
function locatorKey(locator: string): (number | string)[] {
  const p = parseLocator(locator);
  const sections = (p.section ?? p.chapter).split('.').slice(1).map(Number);
  return [...sections, p.paragraph ?? Number.MAX_SAFE_INTEGER, p.item ?? ''];
}

function compareKeys(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i] ?? -1, b[i] ?? -1];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y), 'en', { numeric: true });
  }
  return 0;
}

/** Every source of the casebook (by source id), with the findings each case draws from it. */
export function sourceEntries(cases: readonly CaseEntry[]): SourceEntry[] {
  const byId = new Map<string, SourceEntry>();
  for (const { slug, data } of cases) {
    const entry = byId.get(data.source.id) ?? { source: data.source, cases: [], groups: [] };
    entry.cases.push({ slug, title: caseTitle(data) });
    for (const finding of findingsOf(data)) {
      const group = entry.groups.find((g) => g.locator === finding.locator);
      if (group) group.findings.push({ ...finding, slug });
      else entry.groups.push({ locator: finding.locator, findings: [{ ...finding, slug }] });
    }
    byId.set(data.source.id, entry);
  }
  for (const entry of byId.values())
    entry.groups.sort((a, b) => compareKeys(locatorKey(a.locator), locatorKey(b.locator)));
  return [...byId.values()].sort((a, b) => a.source.id.localeCompare(b.source.id));
}
