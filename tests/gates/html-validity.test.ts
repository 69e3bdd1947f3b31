import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { readBuiltPages } from '../../scripts/built-site.ts';

const pages = readBuiltPages(inject('site').outDir);
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

async function errorsOf(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}

describe('HTML validity (html-validate, recommended preset)', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s has no errors', async (_, page) => {
    expect(await errorsOf(page.html)).toEqual([]);
  });

  it('fails a page with an invalid attribute value or a duplicate id', async () => {
    const badValue = pages[0]!.html.replace('</main>', '<button type="sparkle">x</button></main>');
    expect((await errorsOf(badValue)).join('\n')).toMatch(/attribute-allowed-values/);
    const duplicateId = pages[0]!.html.replace('</main>', '<p id="main">x</p></main>');
    expect((await errorsOf(duplicateId)).join('\n')).toMatch(/no-dup-id/);
  });
});
