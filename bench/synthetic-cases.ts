import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseFrontmatter } from '../src/lib/frontmatter.ts';
import { referencesOf } from '../src/lib/references.ts';

type Data = Record<string, unknown> & { cities: { id: string; name: string }[] };

/** The real case files' data: the templates synthetic cases are made from (realistic length). */
function realCases(contentDir: string): Data[] {
  const dir = join(contentDir, 'cases');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const parsed = parseFrontmatter(f, readFileSync(join(dir, f), 'utf8'));
      if (Array.isArray(parsed)) throw new Error(`${f} does not parse`);
      return parsed.data as Data;
    });
}

/** Deep-copies a value, renaming finding ids, city ids and case references on the way. */
function rewrite(value: unknown, rename: (key: string, value: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, rename));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? rename(k, v) : rewrite(v, rename)]),
    );
  return value;
}

/** Renames, in place, every `formerIds` entry anywhere in a value. */
function renameFormerIds(value: unknown, rename: (id: string) => string): void {
  if (Array.isArray(value)) value.forEach((v) => renameFormerIds(v, rename));
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === 'formerIds' && Array.isArray(v))
        (value as Record<string, unknown>)[key] = v.map(String).map(rename);
      else renameFormerIds(v, rename);
    }
}

/** Removes, in place, every entry under a key anywhere in a value. */
function dropKey(value: unknown, key: string): void {
  if (Array.isArray(value)) value.forEach((v) => dropKey(v, key));
  else if (value && typeof value === 'object') {
    delete (value as Record<string, unknown>)[key];
    Object.values(value).forEach((v) => dropKey(v, key));
  }
}

/** How synthetic cases are made. */
export interface SyntheticOptions {
  /** Give each case a source of its own (a thesis per case), not the real case's it copies. */
  sourcePerCase?: boolean;
}

/**
 * Writes `count` valid synthetic case files (fictional cities, the real cases' structure and text
 * length, each pointing at the next case, none when it is the only one) plus the real glossary into
 * a new temporary content folder, and returns its path. Never written into the repository.
 */
export function writeSyntheticContent(
  count: number,
  contentDir = 'content',
  { sourcePerCase = false }: SyntheticOptions = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), `casebook-synthetic-${count}-`));
  mkdirSync(join(dir, 'cases'));
  cpSync(join(contentDir, 'glossary'), join(dir, 'glossary'), { recursive: true });
  cpSync(join(contentDir, 'dataset.yaml'), join(dir, 'dataset.yaml'));
  const templates = realCases(contentDir);
  const slug = (i: number) => `synthetic-${String(i).padStart(4, '0')}-case`;
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length]!;
    // Every case has cities of its own (a city id names one city across all cases).
    const cityId = (n: number, side: 'a' | 'b') => `s${n}-city-${side}`;
    const cityIds = new Map(template.cities.map((city, n) => [city.id, cityId(i, n === 0 ? 'a' : 'b')]));
    const prefix = `s${i}`;
    const data = rewrite(template, (key, v) => {
      if (key === 'id' && /^[a-z]+-[a-z]+-[a-z0-9]+$/.test(v) && !cityIds.has(v)) return `${prefix}-${v}`;
      if (['id', 'city', 'addressee'].includes(key) && cityIds.has(v)) return cityIds.get(v)!;
      // A cross-reference names another case and one of its cities: point it at the next case.
      if (key === 'case') return slug((i + 1) % count);
      if (key === 'city') return cityId((i + 1) % count, 'a');
      return v;
    }) as Data;
    // Former ids are ids too: each case's own.
    renameFormerIds(data, (id) => `${prefix}-${id}`);
    // A case never points at itself.
    if (count === 1) dropKey(data, 'refersTo');
    if (sourcePerCase) {
      const source = data.source as { id: string };
      if (!source.id.startsWith(`${prefix}-`)) data.source = { ...source, id: `${prefix}-${source.id}` };
    }
    // Discussion questions rest on findings: keep only those of this synthetic case.
    const own = new Set(referencesOf(data).findingIds.map((f) => f.id));
    data.questions = ((data.questions ?? []) as { findings: string[] }[])
      .map((q) => ({ ...q, findings: q.findings.map((id) => `${prefix}-${id}`).filter((id) => own.has(id)) }))
      .filter((q) => q.findings.length > 0);
    data.cities = data.cities.map((city, n) => ({
      ...city,
      name: `Synthetic ${n === 0 ? 'North' : 'South'} ${i}`,
    }));
    writeFileSync(join(dir, 'cases', `${slug(i)}.mdx`), `---\n${stringify(data, { lineWidth: 100 })}---\n`);
  }
  return dir;
}

/**
 * Edits one case of a synthetic content folder as an editor would: renames one of its cities, which
 * its own pages, its neighbours' and the comparison show. Returns the edited file's name.
 */
export function editOneCase(dir: string): string {
  const files = readdirSync(join(dir, 'cases'))
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const name = files[Math.floor(files.length / 2)]!;
  const file = join(dir, 'cases', name);
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/^( {4}name: Synthetic North \d+)$/m, '$1 (edited)');
  if (edited === text) throw new Error(`${name}: no city name to edit`);
  writeFileSync(file, edited);
  return name;
}
