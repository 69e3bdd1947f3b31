import { CaseSchema, type CaseData } from '../schemas/case.ts';
import { GlossaryEntrySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { Slug } from '../schemas/identifiers.ts';
import { formatPath } from './field-path.ts';
import { findingsOf } from './findings.ts';
import { parseFrontmatter, parseYaml, type ParsedYaml } from './frontmatter.ts';
import { problemsFromZod, type Problem } from './problems.ts';

/** A content file as read from disk. */
export interface ContentFile {
  /** Path shown in messages, relative to the project. */
  file: string;
  /** The file's text. */
  text: string;
}

/** A case that passed its schema, with the slug taken from its file name. */
export interface ValidCase {
  slug: string;
  file: string;
  data: CaseData;
  lineOf: ParsedYaml['lineOf'];
}

/** Everything the casebook's content holds, plus every problem found in it. */
export interface ContentReport {
  cases: ValidCase[];
  glossary: Map<string, GlossaryEntry>;
  problems: Problem[];
}

/** The slug of a content file: its name without folder or extension. */
export const slugOf = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');

function checkSlug(file: string): Problem[] {
  return Slug.safeParse(slugOf(file)).success
    ? []
    : [{ file, path: '', message: `the file name "${slugOf(file)}" is not a valid slug`, hint: 'rename it in kebab-case, e.g. "bandung-seoul.mdx"' }];
}

/**
 * Validates every case and glossary file, then the rules that span files: finding ids unique
 * across cases, cross-references and concepts that resolve. Reports every problem, not the first.
 */
export function validateContent(caseFiles: ContentFile[], glossaryFiles: ContentFile[]): ContentReport {
  const problems: Problem[] = [];
  const glossary = new Map<string, GlossaryEntry>();
  for (const { file, text } of glossaryFiles) {
    problems.push(...checkSlug(file));
    const parsed = parseYaml(file, text);
    if (Array.isArray(parsed)) { problems.push(...parsed); continue; }
    const result = GlossaryEntrySchema.safeParse(parsed.data, { reportInput: true });
    if (result.success) glossary.set(slugOf(file), result.data);
    else problems.push(...problemsFromZod(file, result.error, parsed.lineOf));
  }
  const cases: ValidCase[] = [];
  for (const { file, text } of caseFiles) {
    problems.push(...checkSlug(file));
    const parsed = parseFrontmatter(file, text);
    if (Array.isArray(parsed)) { problems.push(...parsed); continue; }
    const result = CaseSchema.safeParse(parsed.data, { reportInput: true });
    if (result.success) cases.push({ slug: slugOf(file), file, data: result.data, lineOf: parsed.lineOf });
    else problems.push(...problemsFromZod(file, result.error, parsed.lineOf));
  }
  problems.push(...crossFileProblems(cases, glossary));
  return { cases, glossary, problems };
}

function crossFileProblems(cases: ValidCase[], glossary: Map<string, GlossaryEntry>): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map(cases.map((c) => [c.slug, c]));
  const at = (c: ValidCase, path: (string | number)[], message: string, hint: string): Problem => ({
    file: c.file,
    line: c.lineOf(path),
    path: formatPath(path),
    message,
    hint,
  });
  const firstSeen = new Map<string, string>();
  for (const c of cases) {
    for (const finding of findingsOf(c.data)) {
      const other = firstSeen.get(finding.id);
      if (other && other !== c.file)
        problems.push(at(c, finding.path, `duplicate finding id "${finding.id}" (also in ${other})`, 'ids are unique across all cases: pick a new one with this case\'s prefix'));
      else firstSeen.set(finding.id, c.file);
    }
    c.data.concepts.forEach((concept, i) => {
      if (!glossary.has(concept))
        problems.push(at(c, ['concepts', i], `unknown glossary entry "${concept}"`, `add content/glossary/${concept}.yaml or use one of: ${[...glossary.keys()].join(', ')}`));
    });
    c.data.recommendations.forEach((rec, i) =>
      rec.refersTo.forEach((ref, j) => {
        const path = ['recommendations', i, 'refersTo', j];
        const target = bySlug.get(ref.case);
        if (!target)
          problems.push(at(c, [...path, 'case'], `cross-reference to unknown case "${ref.case}"`, `use the file name of a case in content/cases: ${[...bySlug.keys()].join(', ')}`));
        else if (ref.city && !target.data.cities.some((city) => city.id === ref.city))
          problems.push(at(c, [...path, 'city'], `case "${ref.case}" has no city "${ref.city}"`, `use one of: ${target.data.cities.map((city) => city.id).join(', ')}`));
      }),
    );
  }
  return problems;
}
