import type { Language } from '../i18n/locales.ts';
import {
  citeTargets,
  targetCitation,
  type CiteTarget,
  type TargetCitation,
} from '../lib/citation-targets.ts';
import { citationHandoff, citationKeyOf } from '../lib/citation-files.ts';
import { pageUrlFrom } from '../lib/routes.ts';
import { loadCases, loadCasebook } from './collections.ts';

let targets: Promise<Map<string, CiteTarget>> | undefined;
const rendered = new Map<string, Promise<TargetCitation>>();

/** Every citation target of this build, by id, worked out once (and announced for the files). */
export function citeTargetsById(): Promise<Map<string, CiteTarget>> {
  targets ??= loadCases().then((cases) => {
    const byId = new Map(citeTargets(cases).map((target) => [target.id, target]));
    for (const id of byId.keys()) citationHandoff().targets.add(id);
    return byId;
  });
  return targets;
}

async function render(id: string, lang: Language): Promise<TargetCitation> {
  const target = (await citeTargetsById()).get(id);
  if (!target) throw new Error(`no citation target "${id}"`);
  const { version, caseChanged } = await loadCasebook();
  const citation = targetCitation(target, lang, {
    url: (l, path) => pageUrlFrom(import.meta.env.SITE, import.meta.env.BASE_URL, l, path),
    version,
    caseChanged,
  });
  const { bibtex, biblatex, ris, csl } = citation.rendered;
  citationHandoff().rendered.set(citationKeyOf(lang, id), {
    lang,
    id,
    texts: { bibtex, biblatex, ris, csl },
  });
  return citation;
}

/**
 * The citation of a target in one language, rendered once per build (pages rendered at the same
 * time share it) and reused by pages and files.
 */
export function citationOf(id: string, lang: Language): Promise<TargetCitation> {
  const key = citationKeyOf(lang, id);
  let citation = rendered.get(key);
  if (!citation) rendered.set(key, (citation = render(id, lang)));
  return citation;
}
