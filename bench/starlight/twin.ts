import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, LOCALES, type Language } from '../../src/i18n/locales.ts';
import { caseTitle, type CaseEntry } from '../../src/lib/casebook.ts';
import { readCasebookContent } from '../../src/loaders/casebook-content.ts';

/**
 * The Starlight twin of a content folder: a Starlight site with one page per case and language,
 * holding the same visible text as the casebook's case page (every text of the case file in that
 * language, under a heading per part of the case), with Starlight's own Pagefind search. The
 * benchmark builds it beside the casebook to compare build time and memory on the same content.
 */

const HERE = dirname(fileURLToPath(import.meta.url));

/** Whether a value is a text in every language of the site (`{ en, id }`). */
const isLocalized = (value: unknown): value is Record<Language, string> =>
  typeof value === 'object' &&
  value !== null &&
  LANGUAGES.every((lang) => typeof (value as Record<string, unknown>)[lang] === 'string');

/** Every text of a value in one language, in document order. */
function textsIn(value: unknown, lang: Language): string[] {
  if (isLocalized(value)) return [value[lang]];
  if (Array.isArray(value)) return value.flatMap((v) => textsIn(v, lang));
  if (typeof value === 'object' && value !== null)
    return Object.values(value).flatMap((v) => textsIn(v, lang));
  return [];
}

/** Markdown that shows a text as it is (no emphasis, links or HTML of its own). */
const escaped = (text: string) => text.replace(/[\\`*_{}[\]<>#|!]/g, (c) => `\\${c}`);

/** A case's page in the twin: its title, then each part of the case with its texts as paragraphs. */
function casePage(entry: CaseEntry, lang: Language): string {
  const title = caseTitle(entry.data).replace(/"/g, '\\"');
  const parts = Object.entries(entry.data).flatMap(([part, value]) => {
    const texts = textsIn(value, lang);
    return texts.length === 0 ? [] : [`## ${part}`, ...texts.map(escaped)];
  });
  return `---\ntitle: "${title}"\n---\n\n${parts.join('\n\n')}\n`;
}

/**
 * Writes the twin of a content folder into a new project under `sites/` in this package (Vite
 * needs its packages in a `node_modules` above the project, not linked in) and returns its folder.
 */
export function writeStarlightTwin(contentDir: string): string {
  mkdirSync(join(HERE, 'sites'), { recursive: true });
  const root = mkdtempSync(join(HERE, 'sites', 'twin-'));
  const { cases } = readCasebookContent(contentDir).report;
  const locales = Object.fromEntries(
    LANGUAGES.map((lang) => [LOCALES[lang].prefix || 'root', { label: LOCALES[lang].label, lang }]),
  );
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'http://127.0.0.1/',
  integrations: [starlight({ title: 'Starlight twin', locales: ${JSON.stringify(locales)} })],
});
`,
  );
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  for (const lang of LANGUAGES) {
    const dir = join(root, 'src', 'content', 'docs', LOCALES[lang].prefix, 'cases');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '..', 'index.md'), `---\ntitle: Cases\n---\n\n${cases.length} cases.\n`);
    for (const entry of cases) writeFileSync(join(dir, `${entry.slug}.md`), casePage(entry, lang));
  }
  return root;
}
