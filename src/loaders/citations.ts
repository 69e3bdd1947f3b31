import type { Language } from '../i18n/locales.ts';
import {
  citeTargets,
  targetCitation,
  type CiteTarget,
  type TargetCitation,
} from '../lib/citation-targets.ts';
import { citationHandoff, handoffKey } from './citation-handoff.ts';
import { pageUrlFrom } from '../lib/routes.ts';
import { loadCases, loadCasebook } from './collections.ts';
import { useTextStore } from '../lib/citation-text.ts';
import { lastingTextStore } from './citeproc-store.ts';

// A build keeps citeproc's texts in its cache for the next build; the dev server keeps them in memory.
if (!import.meta.env.DEV) useTextStore(lastingTextStore());

let targets: Promise<Map<string, CiteTarget>> | undefined;
const rendered = new Map<string, Promise<TargetCitation>>();
let renderedFor = -1;

/**
 * Whether this build may reuse what was worked out before: within one build, yes; a new build in
 * the same process starts afresh, and the dev server always does (an edit shows on the next load).
 */
function reusable(): boolean {
  if (import.meta.env.DEV) return false;
  const { build } = citationHandoff();
  if (renderedFor !== build) {
    targets = undefined;
    rendered.clear();
    renderedFor = build;
  }
  return true;
}

const workOutTargets = () =>
  loadCases().then((cases) => {
    const byId = new Map(citeTargets(cases).map((target) => [target.id, target]));
    if (!import.meta.env.DEV) for (const id of byId.keys()) citationHandoff().targets.add(id);
    return byId;
  });

/** Every citation target of this build, by id, worked out once (and announced for the files). */
export function citeTargetsById(): Promise<Map<string, CiteTarget>> {
  if (!reusable()) return workOutTargets();
  return (targets ??= workOutTargets());
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
  if (!import.meta.env.DEV)
    citationHandoff().rendered.set(handoffKey(lang, id), { bibtex, biblatex, ris, csl });
  return citation;
}

/**
 * The citation of a target in one language, rendered once per build (pages rendered at the same
 * time share it) and reused by pages and files.
 */
export function citationOf(id: string, lang: Language): Promise<TargetCitation> {
  if (!reusable()) return render(id, lang);
  const key = handoffKey(lang, id);
  let citation = rendered.get(key);
  if (!citation) rendered.set(key, (citation = render(id, lang)));
  return citation;
}
