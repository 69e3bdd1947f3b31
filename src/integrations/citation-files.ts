import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, LOCALES } from '../i18n/locales.ts';
import { citationFilesOf, citationHandoff, citationKeyOf } from '../lib/citation-files.ts';

/**
 * Writes every citation file (`/cite/<id>.*`, `/id/cite/<id>.*`) into the built site, in one pass,
 * from the citations its pages rendered (`citationHandoff`). Fails, naming them, if any target's
 * citation was rendered by no page: a file is never silently missing. Returns how many it wrote.
 */
export function writeCitationFiles(dir: string): number {
  const { targets, rendered } = citationHandoff();
  if (targets.size === 0)
    throw new Error('no page rendered a citation: the citation files cannot be written');
  const missing = LANGUAGES.flatMap((lang) =>
    [...targets].filter((id) => !rendered.has(citationKeyOf(lang, id))).map((id) => citationKeyOf(lang, id)),
  );
  if (missing.length > 0) throw new Error(`no page rendered the citation of ${missing.join(', ')}`);
  let count = 0;
  const folders = new Set<string>();
  for (const { lang, id, texts } of rendered.values()) {
    const folder = join(dir, LOCALES[lang].prefix, 'cite');
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    for (const { name, text } of citationFilesOf(id, texts)) {
      writeFileSync(join(folder, name), text);
      count++;
    }
  }
  rendered.clear();
  targets.clear();
  return count;
}
