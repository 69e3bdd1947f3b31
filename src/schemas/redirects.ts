import { z } from 'astro/zod';

const PagePath = z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, {
  error: 'a page path is language-neutral, starts and ends with "/", e.g. "/cases/old-slug/"',
});

/** `content/redirects.yaml`: pages that moved. Old links keep working, fragment included. */
export const RedirectsSchema = z.array(
  z.strictObject({
    /** The path the page was published at (without the language prefix). */
    from: PagePath,
    /** The path it is at now. */
    to: PagePath,
  }),
);
export type Redirects = z.output<typeof RedirectsSchema>;
