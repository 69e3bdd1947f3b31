import { z } from 'astro/zod';
import { Text } from './text.ts';

/** `content/dataset.yaml`: the casebook as a dataset. */
export const DatasetSchema = z.strictObject({
  /** Version of the dataset, semantic versioning; raise it when the findings change. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'a version is MAJOR.MINOR.PATCH, e.g. "1.0.0"' }),
  /** Licence of the casebook's own text and data (the theses remain their authors'). */
  licence: z.strictObject({
    /** SPDX identifier, e.g. "CC-BY-4.0". */
    id: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/, { error: 'an SPDX licence identifier, e.g. "CC-BY-4.0"' }),
    /** The licence's name as readers know it, e.g. "CC BY 4.0". */
    name: Text,
    /** Where the licence text is: a web address (http or https; no javascript:, data: or file:). */
    url: z.url({
      protocol: /^https?$/,
      error: 'a web address starting with https:// (or http://) is needed here',
    }),
  }),
});
export type Dataset = z.output<typeof DatasetSchema>;
