import { z } from 'astro/zod';
import { CaseSchema } from '../schemas/case.ts';

/**
 * The JSON Schema of a case file's frontmatter, generated from the Zod schema so that other
 * researchers can check their own case files. Rules that span fields or files (city references,
 * unique ids, locators in the source chapter, cross-references) are not expressible in it: the
 * casebook's `npm run check` applies them.
 */
export function caseJsonSchema(id: string) {
  return {
    ...z.toJSONSchema(CaseSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: id,
    title: 'Sister City Casebook: case file',
    description:
      'The YAML frontmatter of one case file (content/cases/<slug>.mdx). Every human-readable string has English (en) and Indonesian (id) text; facts a source does not state are "not-stated".',
  };
}
