import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, LOCALES } from '../i18n/locales.ts';
import { citationFilesOf } from '../lib/citation-files.ts';
import { citationHandoff, handoffKey } from '../loaders/citation-handoff.ts';

/** How many missing citations an error names before it only counts the rest. */
const NAMED = 10;

/**
 * Writes every citation file (`/cite/<id>.*`, `/id/cite/<id>.*`) into the built site, in one pass:
 * for every target of the build in every language, from the citation its page rendered
 * (`citationHandoff`). Fails, naming the files, if a page did not render one: a file is never
 * silently missing. Returns how many it wrote.
 */
export function writeCitationFiles(dir: string): number {
  const { targets, rendered } = citationHandoff();
  if (targets.size === 0)
    throw new Error(
      'no page asked for a citation, so the citation files cannot be written: the pages that show citations (case, finding, source, comparison) did not render',
    );
  const wanted = LANGUAGES.flatMap((lang) => [...targets].map((id) => ({ lang, id })));
  const missing = wanted.filter(({ lang, id }) => !rendered.has(handoffKey(lang, id)));
  if (missing.length > 0) {
    const named = missing
      .slice(0, NAMED)
      .map(({ lang, id }) => `${LOCALES[lang].prefix ? `/${LOCALES[lang].prefix}` : ''}/cite/${id}.*`);
    const more = missing.length > NAMED ? ` and ${missing.length - NAMED} more` : '';
    throw new Error(
      `the citation files ${named.join(', ')}${more} cannot be written: no page rendered their citation (the page that shows it must call citationOf)`,
    );
  }
  let count = 0;
  for (const lang of LANGUAGES) {
    const folder = join(dir, LOCALES[lang].prefix, 'cite');
    mkdirSync(folder, { recursive: true });
    for (const id of targets)
      for (const { name, text } of citationFilesOf(id, rendered.get(handoffKey(lang, id))!)) {
        writeFileSync(join(folder, name), text);
        count++;
      }
  }
  return count;
}
