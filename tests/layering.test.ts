import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/content.ts';

/**
 * The layers of the code, lowest first, and what each may import (itself always). Data flows one
 * way: content → schemas → lib → components → pages. `src/i18n/locales.ts` imports nothing and is
 * read by every layer; the rest of i18n depends on nothing above it. Loaders are the Astro side of
 * content (files, git, collections) and serve pages, never components. Browser scripts may run
 * pure lib helpers they share with the build (the benchmark's JavaScript budget keeps them small).
 */
const ALLOWED: Record<string, string[]> = {
  'i18n/locales': [],
  i18n: ['i18n/locales'],
  schemas: ['i18n/locales'],
  lib: ['i18n/locales', 'i18n', 'schemas'],
  browser: ['i18n', 'lib'],
  loaders: ['i18n/locales', 'i18n', 'schemas', 'lib'],
  components: ['i18n/locales', 'i18n', 'schemas', 'lib', 'browser', 'styles'],
  integrations: ['i18n/locales', 'i18n', 'schemas', 'lib', 'loaders'],
  layouts: ['i18n/locales', 'i18n', 'schemas', 'lib', 'loaders', 'components', 'styles'],
  pages: ['i18n/locales', 'i18n', 'schemas', 'lib', 'loaders', 'components', 'layouts', 'browser'],
  'content.config': ['loaders'],
};

/** The layer a file under src/ belongs to. */
function layerOf(file: string): string {
  const path = relative(join(ROOT, 'src'), file).replace(/\\/g, '/');
  if (path === 'i18n/locales.ts') return 'i18n/locales';
  if (path === 'content.config.ts') return 'content.config';
  return path.split('/')[0]!;
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.(ts|astro)$/.test(entry.name) ? [path] : [];
  });

/** Every relative import of a file, resolved to a path. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s+['"](\.[^'"]+)['"]/g)].map((m) =>
    normalize(join(dirname(file), m[1]!)),
  );
}

/** Whether a file of src/ may import another file (one outside src/ never). */
function mayImport(file: string, target: string): boolean {
  if (!target.startsWith(join(ROOT, 'src'))) return false;
  const [from, to] = [layerOf(file), layerOf(target)];
  return from === to || (ALLOWED[from] ?? []).includes(to);
}

/** Every import that runs against the layering, as "file → imported file". */
const violations = (files: readonly string[]) =>
  files.flatMap((file) =>
    importsOf(file)
      .filter((target) => !mayImport(file, target))
      .map((target) => `${relative(ROOT, file)} → ${relative(ROOT, target)}`),
  );

describe('the layering of src/', () => {
  const files = sourceFiles(join(ROOT, 'src'));

  it('has no import that runs back up (or out of src/)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(violations(files)).toEqual([]);
  });

  it('keeps markup and styling out of lib/', () => {
    const styled = files
      .filter((file) => layerOf(file) === 'lib')
      .filter((file) =>
        /\.astro['"]|\b(?:bg|text|border)-(?:slate|blue|amber|red|green|violet)-\d{2,3}\b/.test(
          readFileSync(file, 'utf8'),
        ),
      );
    expect(styled.map((file) => relative(ROOT, file))).toEqual([]);
  });

  it('catches an import that runs back up, or out of src/', () => {
    const at = (path: string) => join(ROOT, path);
    expect(mayImport(at('src/lib/locator.ts'), at('src/schemas/identifiers.ts'))).toBe(true);
    expect(mayImport(at('src/schemas/case.ts'), at('src/lib/locator.ts'))).toBe(false);
    expect(mayImport(at('src/i18n/index.ts'), at('src/lib/problems.ts'))).toBe(false);
    expect(mayImport(at('src/components/CaseCard.astro'), at('src/loaders/collections.ts'))).toBe(false);
    expect(mayImport(at('src/lib/pages.ts'), at('src/components/links.ts'))).toBe(false);
    expect(mayImport(at('src/integrations/casebook.ts'), at('scripts/check.ts'))).toBe(false);
  });
});
