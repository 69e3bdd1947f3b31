import type { Language } from '../i18n/locales.ts';
import {
  citeTargets,
  targetCitation,
  type CiteTarget,
  type TargetCitation,
} from '../lib/citation-targets.ts';
import { pageUrlFrom } from '../lib/routes.ts';
import { loadCases, loadCasebook } from './collections.ts';

let targets: Promise<Map<string, CiteTarget>> | undefined;
const rendered = new Map<string, TargetCitation>();

/** Every citation target of this build, by id, worked out once. */
export function citeTargetsById(): Promise<Map<string, CiteTarget>> {
  targets ??= loadCases().then((cases) => new Map(citeTargets(cases).map((target) => [target.id, target])));
  return targets;
}

/** The citation of a target in one language, rendered once per build and reused by pages and files. */
export async function citationOf(id: string, lang: Language): Promise<TargetCitation> {
  const key = `${lang}:${id}`;
  const cached = rendered.get(key);
  if (cached) return cached;
  const target = (await citeTargetsById()).get(id);
  if (!target) throw new Error(`no citation target "${id}"`);
  const { version, caseChanged } = await loadCasebook();
  const citation = targetCitation(target, lang, {
    url: (l, path) => pageUrlFrom(import.meta.env.SITE, import.meta.env.BASE_URL, l, path),
    version,
    caseChanged,
  });
  rendered.set(key, citation);
  return citation;
}
