import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { LOCALES } from '../../src/i18n/locales.ts';
import { parseFrontmatter } from '../../src/lib/frontmatter.ts';
import { ROOT } from './content.ts';

/** A URL of 105 characters with no place to break it but its slashes. */
export const LONG_URL = `https://example.org/${'a'.repeat(40)}/${'b'.repeat(44)}`;

/** One word of 20,000 characters. */
export const LONG_WORD = 'w'.repeat(20_000);

/**
 * Text a case file may hold and the site must publish as text: markup and script, MDX and template
 * syntax, spreadsheet formulas, entities, names in other scripts, emoji and combining marks, keys
 * JavaScript objects already have, long words and URLs. None of it is valid content to reject: the
 * site must show each exactly as written.
 */
export const HOSTILE_TEXTS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE cases; --",
  '{alert(1)}',
  '{/* comment */} ${process.exit(1)}',
  '=HYPERLINK("https://evil.example/","click")',
  '+1+2',
  '-3+4',
  '@SUM(A1:A9)',
  '</i></b></main></body>',
  '&amp; &lt;b&gt; &#x27; &nbsp;',
  '[link](javascript:alert(1)) *bold* _em_ # heading',
  '부산광역시 釜山 プサン العربية עברית',
  '👩🏽‍🔬 e\u0301 \u00a0no-break\u00a0',
  '__proto__ constructor toString',
  '---\n...\n',
  LONG_URL,
  LONG_WORD,
];

type Data = Record<string, unknown>;

/** The valid fixture case's data, to mutate. */
export function fixtureCaseData(): Data {
  const file = 'tests/fixtures/valid/cases/northtown-southport.mdx';
  const parsed = parseFrontmatter(file, readFileSync(join(ROOT, file), 'utf8'));
  if (Array.isArray(parsed)) throw new Error(`the fixture does not parse: ${parsed[0]!.message}`);
  return structuredClone(parsed.data) as Data;
}

/** A case file with this data as its frontmatter, from Windows or not. */
export function caseFile(data: unknown, { crlf = false } = {}): string {
  const text = `---\n${stringify(data, { lineWidth: 0 })}---\n`;
  return crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** Every text in a language of some data (a string in an object of language keys), with a setter. */
export function textsOf(data: unknown): { path: string; set: (value: string) => void }[] {
  const out: { path: string; set: (value: string) => void }[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (typeof value === 'object' && value !== null) {
      const object = value as Data;
      const localized = Object.keys(object).every((key) => key in LOCALES);
      for (const [key, child] of Object.entries(object))
        if (localized && typeof child === 'string')
          out.push({ path: `${path}.${key}`, set: (text) => (object[key] = text) });
        else walk(child, `${path}.${key}`);
    }
  };
  walk(data, '');
  return out;
}

/** Gives every id of a case's findings a new prefix, so that a copy can sit beside the original. */
export function withIdPrefix(data: Data, prefix: string): Data {
  return JSON.parse(JSON.stringify(data).replace(/"nts-/g, `"${prefix}-`)) as Data;
}
