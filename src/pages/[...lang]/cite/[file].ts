import type { APIRoute } from 'astro';
import type { Language } from '../../../i18n/locales.ts';
import { languagePaths } from '../../../lib/routes.ts';
import { CITATION_FILES } from '../../../lib/citation-files.ts';
import { citationOf, citeTargetsById } from '../../../loaders/citations.ts';

/*
 * The dev server serves each citation file from here. A build writes them all at once instead
 * (`src/integrations/citation-files.ts`, from the citations the pages render): a route per file
 * costs about a millisecond each, and a casebook of 500 cases has some 78,000.
 */
export async function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  const targets = [...(await citeTargetsById()).keys()];
  return languagePaths().flatMap(({ params, props }) =>
    targets.flatMap((id) =>
      CITATION_FILES.map((file) => ({
        params: { ...params, file: file.file(id) },
        props: { ...props, id, file },
      })),
    ),
  );
}

interface Props {
  lang: Language;
  id: string;
  file: (typeof CITATION_FILES)[number];
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const { rendered } = await citationOf(props.id, props.lang);
  return new Response(rendered[props.file.format], {
    headers: { 'content-type': `${props.file.type}; charset=utf-8` },
  });
};
