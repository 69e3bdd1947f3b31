import { COMPARISON_TARGET } from './citation-files.ts';
import type { CaseWithRefs } from './content-rules.ts';
import type { ParsedFile } from './content-files.ts';
import { formatPath, type FieldPath } from './field-path.ts';
import { reservedIdReason } from './page-ids.ts';
import type { Problem } from './problems.ts';

/**
 * One set of ids for the whole casebook. Case and glossary file names, finding, question, city and
 * source ids and the former ids of findings become anchors (`#id`), page paths and citation file
 * names (`/cite/<id>.bib`): no two may be equal, none may be an id the pages use for their own
 * sections, and a former id keeps pointing to one finding only. A city or a source named by several
 * cases is one thing, and may repeat (the cases must then agree on it: `shared-entities.ts`).
 */

type IdKind = 'case' | 'glossary' | 'finding' | 'former' | 'question' | 'city' | 'source';

/** One place where an id is given. */
interface IdUse {
  id: string;
  kind: IdKind;
  file: string;
  path: FieldPath;
  line: number | undefined;
  /** For a former id: the finding it now belongs to. */
  of?: string;
}

const KIND_NAMES: Record<IdKind, string> = {
  case: 'a case (its file name)',
  glossary: 'a glossary entry (its file name)',
  finding: 'a finding',
  former: 'a former id of a finding',
  question: 'a question',
  city: 'a city',
  source: 'a source',
};

/** Kinds that have citation files named after their id. */
const CITED: ReadonlySet<IdKind> = new Set(['case', 'finding', 'source']);

/** Kinds one entity of which several cases may name. */
const SHARED: ReadonlySet<IdKind> = new Set(['city', 'source']);

function usesOf(cases: readonly CaseWithRefs[], glossary: readonly ParsedFile[]): IdUse[] {
  const fileUse = (kind: IdKind) => (f: ParsedFile) => ({
    id: f.slug,
    kind,
    file: f.file,
    path: [],
    line: undefined,
  });
  return [
    ...cases.map(fileUse('case')),
    ...glossary.map(fileUse('glossary')),
    ...cases.flatMap((c) => {
      const use = (kind: IdKind) => (ref: { id: string; path: FieldPath; of?: string }) => ({
        ...ref,
        kind,
        file: c.file,
        line: c.lineOf(ref.path),
      });
      return [
        ...c.refs.cities.map(use('city')),
        ...(c.refs.source ? [use('source')(c.refs.source)] : []),
        ...c.refs.findingIds.map(use('finding')),
        ...c.refs.formerIds.map(use('former')),
        ...c.refs.questionIds.map(use('question')),
      ];
    }),
  ];
}

const where = (use: IdUse, from: IdUse) => {
  const path = formatPath(use.path);
  if (use.file === from.file) return `at ${path}`;
  return path ? `in ${use.file} at ${path}` : `in ${use.file}`;
};

/** The problem of a use whose id an earlier use already holds. */
function clash(use: IdUse, first: IdUse): Omit<Problem, 'file' | 'line' | 'path'> | undefined {
  if (use.kind === first.kind && SHARED.has(use.kind)) {
    if (use.file !== first.file) return undefined;
    return {
      message: `${use.kind} id "${use.id}" is used twice in this case (also ${where(first, use)})`,
      hint: `give each ${use.kind} of the case its own id`,
    };
  }
  if (use.kind === 'finding' && first.kind === 'finding')
    return {
      message: `duplicate finding id "${use.id}" (also ${where(first, use)})`,
      hint: "ids are unique across all cases: give this finding a new id with its case's prefix",
    };
  if (use.kind === 'question' && first.kind === 'question')
    return {
      message: `question id "${use.id}" is already used (also ${where(first, use)})`,
      hint: 'give each question its own id, e.g. "bs-q-2"',
    };
  const files =
    CITED.has(use.kind) && CITED.has(first.kind)
      ? `: their citation files (/cite/${use.id}.*) would be the same files`
      : '';
  const former = use.kind === 'former' ? ` (listed as a former id of finding "${use.of}")` : '';
  return {
    message: `id "${use.id}"${former} is already the id of ${KIND_NAMES[first.kind]} ${where(first, use)}${files}`,
    hint:
      use.kind === 'former' || first.kind === 'former'
        ? 'a former id keeps old links to one finding working: it cannot be the id of anything else'
        : `cases, glossary entries, findings, questions, cities and sources share one set of ids (anchors, page paths and citation files): rename one of the two`,
  };
}

/** Why an id may not be used at all, whatever else uses it. */
function reserved(use: IdUse): string | undefined {
  const page = reservedIdReason(use.id);
  if (page) return page;
  if (CITED.has(use.kind) && use.id === COMPARISON_TARGET)
    return `"${COMPARISON_TARGET}" names the comparison's citation files (/cite/${COMPARISON_TARGET}.*)`;
  return undefined;
}

/** Every id of the casebook is free of the pages' own ids and of every other id. */
export function idNamespaceProblems(
  cases: readonly CaseWithRefs[],
  glossary: readonly ParsedFile[],
): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, IdUse>();
  for (const use of usesOf(cases, glossary)) {
    const at = { file: use.file, line: use.line, path: formatPath(use.path) };
    const reason = reserved(use);
    if (reason)
      problems.push({
        ...at,
        message: `the id "${use.id}" is taken: ${reason}`,
        hint: use.path.length === 0 ? 'rename the file' : 'choose another id',
      });
    const earlier = first.get(use.id);
    if (!earlier) first.set(use.id, use);
    else {
      const problem = clash(use, earlier);
      if (problem) problems.push({ ...at, ...problem });
    }
  }
  return problems;
}
