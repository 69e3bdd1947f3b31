import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@retorquere/bibtex-parser';
import Ajv from 'ajv';
import CSL from 'citeproc';
import { describe, expect, inject, it } from 'vitest';
import { ROOT, validateFolder } from '../helpers/content.ts';
import { findingsOf } from '../../src/lib/findings.ts';

const { outDir } = inject('site');
const styles = JSON.parse(
  readFileSync(join(ROOT, 'node_modules/@citation-js/plugin-csl/lib/styles.json'), 'utf8'),
);
const locales = JSON.parse(
  readFileSync(join(ROOT, 'node_modules/@citation-js/plugin-csl/lib/locales.json'), 'utf8'),
);
/** The official CSL-JSON schema, read from ../shared (never copied into the project). */
const cslSchema = JSON.parse(readFileSync(join(ROOT, '..', 'shared', 'schemas', 'csl-data.json'), 'utf8'));
const validateCsl = new Ajv({ strict: false, allErrors: true }).compile(cslSchema);

/** Every citation file of the built site, in both languages. */
const files = ['cite', 'id/cite'].flatMap((dir) =>
  readdirSync(join(outDir, dir)).map((name) => join(dir, name)),
);
const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
const ofKind = (suffix: RegExp) => files.filter((f) => suffix.test(f));
const cases = validateFolder('content').cases;
const sourceIds = cases.map((c) => c.data.source.id);
const isThesisFile = (file: string) => sourceIds.some((id) => file.split('/').pop()!.startsWith(`${id}.`));

/** Reads BibTeX as written: the parser's own sentence-casing (for its users' styles) off. */
const parseBibtex = (input: string) => parse(input, { sentenceCase: false });

describe('citation files', () => {
  it('exist for every case, the comparison, every finding and every thesis, in four formats and both languages', () => {
    const targets = cases.length + 1 + cases.flatMap((c) => findingsOf(c.data)).length + cases.length;
    expect(files).toHaveLength(2 * targets * 4);
  });

  it.each(ofKind(/(?<!\.biblatex)\.bib$/))(
    '%s parses as BibTeX: the page @online with its website first, each thesis @phdthesis with a type',
    (file) => {
      const bib = parseBibtex(read(file));
      expect(bib.errors).toEqual([]);
      const [first] = bib.entries;
      const theses = isThesisFile(file) ? bib.entries : bib.entries.slice(1);
      if (isThesisFile(file)) expect(bib.entries).toHaveLength(1);
      else {
        expect(first!.type).toBe('online');
        expect(first!.key).toMatch(/^casebook_/);
        expect(first!.fields.author).toEqual([{ name: 'Sister City Casebook contributors' }]);
        expect(first!.fields.booktitle).toBe('Sister City Casebook');
        expect(bib.entries.length).toBeGreaterThanOrEqual(2);
      }
      // A type field, so that no style prints "PhD thesis", which no source states.
      expect(theses.map((e) => [e.type, e.fields.type])).toEqual(theses.map(() => ['phdthesis', 'Thesis']));
    },
  );

  it.each(ofKind(/\.biblatex\.bib$/))('%s parses as BibLaTeX, with every thesis as @thesis', (file) => {
    const bib = parseBibtex(read(file));
    expect(bib.errors).toEqual([]);
    const theses = isThesisFile(file) ? bib.entries : bib.entries.slice(1);
    if (!isThesisFile(file)) expect(bib.entries[0]!.type).toBe('online');
    expect(theses.map((e) => [e.type, e.fields.type])).toEqual(theses.map(() => ['thesis', 'Thesis']));
  });

  it.each(ofKind(/\.ris$/))('%s has one tag a line, CRLF ends, a website name and a key', (file) => {
    const text = read(file);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').filter((line) => line !== '');
    expect(lines.filter((line) => line.startsWith('M2  - Citation Key: '))).toHaveLength(
      lines.filter((line) => line.startsWith('TY  - ')).length,
    );
    if (!isThesisFile(file)) expect(lines).toContain('T2  - Sister City Casebook');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines.filter((line) => line.startsWith('TY  - ')).length).toBe(
      lines.filter((line) => line.startsWith('ER  - ')).length,
    );
  });

  it.each(ofKind(/\.json$/))(
    '%s is CSL-JSON the official schema accepts, and renders with citeproc',
    (file) => {
      const items = JSON.parse(read(file));
      expect(validateCsl(items), JSON.stringify(validateCsl.errors)).toBe(true);
      const engine = new CSL.Engine(
        {
          retrieveLocale: (lang) => locales[lang] ?? locales['en-US'],
          retrieveItem: (id) => items.find((i: { id: string }) => i.id === id),
        },
        styles.apa,
      );
      engine.updateItems(items.map((i: { id: string }) => i.id));
      const [, entries] = engine.makeBibliography();
      expect(entries).toHaveLength(items.length);
      if (!isThesisFile(file)) expect(entries.join('')).toContain('Sister City Casebook');
    },
  );

  it('are checked by a schema that rejects fields and types CSL-JSON does not have', () => {
    expect(validateCsl([{ id: 'x', type: 'website', title: 'x' }])).toBe(false);
    expect(validateCsl([{ id: 'x', type: 'webpage', title: 'x', institution: 'y' }])).toBe(false);
  });

  it('invent no author or year for the Bandung–Seoul thesis', () => {
    const items = JSON.parse(read('cite/bandung-seoul.json'));
    const thesis = items.find((i: { type: string }) => i.type === 'thesis');
    expect(thesis.author).toBeUndefined();
    expect(thesis.issued).toBeUndefined();
    expect(thesis.title).toMatch(
      /^\[Thesis on the Bandung–Seoul partnership; title not stated in the excerpt\]$/,
    );
  });
});

describe('cite blocks on pages', () => {
  it.each([
    'cases/daejeon-tangerang-selatan/index.html',
    'id/cases/bandung-seoul/index.html',
    'compare/index.html',
  ])('%s shows APA and Harvard, the files, and the thesis to cite too', (page) => {
    const html = read(page);
    expect(html).toMatch(/data-citation="apa"[^>]*>Sister City Casebook contributors\. \(\d{4}, \w+ \d+\)\./);
    expect(html).toMatch(/data-citation="harvard"[^>]*>Sister City Casebook contributors \(\d{4}\)/);
    for (const ext of ['.bib"', '.biblatex.bib"', '.ris"', '.json"']) expect(html).toContain(ext);
    expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">/);
  });
});
