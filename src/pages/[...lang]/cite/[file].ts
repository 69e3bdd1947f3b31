import type { APIRoute } from 'astro';
import { LANGUAGES, type Language } from '../../../schemas/localized.ts';
import { languagePaths } from '../../../lib/routes.ts';
import { loadCases } from '../../../data/casebook.ts';
import { CITATION_FILES, citationOf, citeTargets, type CiteTarget } from '../../../data/citations.ts';

export async function getStaticPaths() {
  const targets = citeTargets(await loadCases());
  return languagePaths(LANGUAGES).flatMap(({ params, props }) =>
    targets.flatMap((target) =>
      CITATION_FILES.map((file) => ({
        params: { ...params, file: file.file(target.id) },
        props: { ...props, target, file },
      })),
    ),
  );
}

interface Props {
  lang: Language;
  target: CiteTarget;
  file: (typeof CITATION_FILES)[number];
}

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { rendered } = citationOf(props.target, props.lang, site);
  return new Response(rendered[props.file.format], {
    headers: { 'content-type': `${props.file.type}; charset=utf-8` },
  });
};
