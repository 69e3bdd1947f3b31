import { z } from 'astro/zod';
import { DatasetSchema } from './dataset.ts';
import { RedirectsSchema } from './redirects.ts';

/**
 * What the whole casebook holds besides its cases and glossary, as one entry the pages read: the
 * dataset's version and licence, the moved pages, and when the content last changed.
 */
export const CasebookSchema = z.strictObject({
  ...DatasetSchema.shape,
  /** Pages that moved (`content/redirects.yaml`). */
  redirects: RedirectsSchema,
  /** Date (YYYY-MM-DD) of the last change to the content, where git records it. */
  lastChanged: z.string().optional(),
  /** Date of the last change to each case file, by the case's slug. */
  caseChanged: z.record(z.string(), z.string()),
  /** How many works (theses) the cases are drawn from: cases that share a source count it once. */
  sourceCount: z.number().int().nonnegative(),
});
export type Casebook = z.output<typeof CasebookSchema>;
