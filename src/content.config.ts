import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CaseSchema } from './schemas/case.ts';
import { GlossaryEntrySchema } from './schemas/glossary.ts';

/** Content lives outside src/ (see README); tests and benchmarks point this at other folders. */
const contentDir = process.env.CASEBOOK_CONTENT_DIR ?? './content';

const cases = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/cases` }),
  schema: CaseSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/glossary` }),
  schema: GlossaryEntrySchema,
});

export const collections = { cases, glossary };
