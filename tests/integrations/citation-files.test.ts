import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startCitationFiles, writeCitationFiles } from '../../src/integrations/citation-files.ts';
import { citationHandoff, handoffKey, resetCitationHandoff } from '../../src/loaders/citation-handoff.ts';
import { LANGUAGES, LOCALES, type Language } from '../../src/i18n/locales.ts';

const texts = (lang: Language, id: string) => ({
  bibtex: `@online{${id}, language = {${lang}}}\n`,
  biblatex: `@online{${id}}\n`,
  ris: `TY  - ELEC\nID  - ${id}\nER  - \n`,
  csl: `[{"id":"${id}"}]\n`,
});
const hand = (ids: string[], rendered: [Language, string][]) => {
  const handoff = citationHandoff();
  ids.forEach((id) => handoff.targets.add(id));
  for (const [lang, id] of rendered) handoff.rendered.set(handoffKey(lang, id), texts(lang, id));
};
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-cite-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the citation files of a build', () => {
  beforeEach(resetCitationHandoff);

  it('are written, four per cited thing and language, each with the text its page rendered', async () => {
    hand(
      ['bs-ini-1', 'compare'],
      LANGUAGES.flatMap((lang) => [
        [lang, 'bs-ini-1'],
        [lang, 'compare'],
      ]),
    );
    const dir = tempDir();
    expect(await writeCitationFiles(dir)).toBe(LANGUAGES.length * 2 * 4);
    for (const lang of LANGUAGES) {
      const folder = join(dir, LOCALES[lang].prefix, 'cite');
      expect(readdirSync(folder).sort()).toEqual([
        'bs-ini-1.bib',
        'bs-ini-1.biblatex.bib',
        'bs-ini-1.json',
        'bs-ini-1.ris',
        'compare.bib',
        'compare.biblatex.bib',
        'compare.json',
        'compare.ris',
      ]);
      expect(readFileSync(join(folder, 'bs-ini-1.bib'), 'utf8')).toBe(texts(lang, 'bs-ini-1').bibtex);
    }
  });

  it('are all written, each with its own text, however many more than are written at once', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `f-${i}`);
    hand(
      ids,
      LANGUAGES.flatMap((lang) => ids.map((id) => [lang, id] as [Language, string])),
    );
    const dir = tempDir();
    expect(await writeCitationFiles(dir)).toBe(LANGUAGES.length * ids.length * 4);
    for (const lang of LANGUAGES)
      for (const id of ids)
        expect(readFileSync(join(dir, LOCALES[lang].prefix, 'cite', `${id}.ris`), 'utf8')).toBe(
          texts(lang, id).ris,
        );
  });

  it('fail the build when a file cannot be written, naming it', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `f-${i}`);
    hand(
      ids,
      LANGUAGES.flatMap((lang) => ids.map((id) => [lang, id] as [Language, string])),
    );
    const dir = tempDir();
    // A folder where a file should go: that file cannot be written.
    mkdirSync(join(dir, 'cite', 'f-7.ris'), { recursive: true });
    await expect(writeCitationFiles(dir)).rejects.toThrow(/cite\/f-7\.ris/);
  });

  it('are only those of this build’s targets: what an earlier build left is gone', async () => {
    hand(['old'], [['en', 'old']]);
    resetCitationHandoff();
    hand(
      ['new'],
      LANGUAGES.map((lang) => [lang, 'new'] as [Language, string]),
    );
    const dir = tempDir();
    await writeCitationFiles(dir);
    expect(readdirSync(join(dir, 'cite')).every((name) => name.startsWith('new.'))).toBe(true);
  });

  it('fail the build, naming the files, when a cited thing’s citation was rendered by no page', async () => {
    hand(['bs-ini-1', 'compare'], [['en', 'bs-ini-1']]);
    const dir = tempDir();
    await expect(writeCitationFiles(dir)).rejects.toThrow(
      'the citation files /cite/compare.*, /id/cite/bs-ini-1.*, /id/cite/compare.* cannot be written: no page rendered their citation',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('of pages an incremental build copied are those the last build in the same cache rendered', async () => {
    const cache = tempDir();
    const everywhere = (id: string) => LANGUAGES.map((lang) => [lang, id] as [Language, string]);
    startCitationFiles(cache);
    hand(['kept', 'gone'], [...everywhere('kept'), ...everywhere('gone')]);
    await writeCitationFiles(tempDir(), cache);
    // The next build renders only `fresh`: `kept` was copied, `gone` is no longer a target.
    writeFileSync(join(cache, 'incremental-build.json'), '{}');
    startCitationFiles(cache);
    hand(['kept', 'fresh'], everywhere('fresh'));
    const dir = tempDir();
    expect(await writeCitationFiles(dir, cache)).toBe(LANGUAGES.length * 2 * 4);
    expect(readFileSync(join(dir, 'id', 'cite', 'kept.bib'), 'utf8')).toBe(texts('id', 'kept').bibtex);
    expect(readdirSync(join(dir, 'cite')).some((name) => name.startsWith('gone.'))).toBe(false);
    // Astro's record of the pages stays: the kept texts match it.
    expect(existsSync(join(cache, 'incremental-build.json'))).toBe(true);
  });

  it('make every page render again when the last build kept no texts (a first, failed or interrupted build)', async () => {
    const cache = tempDir();
    writeFileSync(join(cache, 'incremental-build.json'), '{}');
    startCitationFiles(cache);
    expect(existsSync(join(cache, 'incremental-build.json'))).toBe(false);
    // A build that started but never wrote its files leaves no kept texts either.
    startCitationFiles(cache);
    hand(
      ['a'],
      LANGUAGES.map((lang) => [lang, 'a'] as [Language, string]),
    );
    await writeCitationFiles(tempDir(), cache);
    writeFileSync(join(cache, 'incremental-build.json'), '{}');
    startCitationFiles(cache);
    writeFileSync(join(cache, 'incremental-build.json'), '{}');
    startCitationFiles(cache);
    expect(existsSync(join(cache, 'incremental-build.json'))).toBe(false);
    hand(['a'], []);
    await expect(writeCitationFiles(tempDir(), cache)).rejects.toThrow(/\/cite\/a\.\*.*cannot be written/);
  });

  it('fail the build when no page asked for any citation at all', async () => {
    await expect(writeCitationFiles(tempDir())).rejects.toThrow(/^no page asked for a citation/);
  });
});
