/**
 * Reads the references of a case file's data without trusting its shape, so that rules spanning
 * files (unique finding ids, cross-references, glossary entries) are checked even in a file that
 * fails its schema: one run then reports every problem, not only the first per file.
 */

type Path = (string | number)[];

/** An entity a case names that other cases may name too (a city, its source): its id and fields. */
export interface SharedEntity {
  id: string;
  path: Path;
  fields: Record<string, unknown>;
}

/** The ids, glossary concepts and case cross-references found in a case file's data. */
export interface CaseReferences {
  /** The case's cities, with every field as written. */
  cities: SharedEntity[];
  /** The case's source, with every field as written. */
  source?: SharedEntity;
  findingIds: { id: string; path: Path }[];
  /** The ids findings were published under before (`formerIds`), with the finding's id. */
  formerIds: { id: string; path: Path; of: string }[];
  concepts: { id: string; path: Path }[];
  caseRefs: { case: string; city?: string; path: Path }[];
  /** Findings that discussion questions rest on. */
  questionRefs: { id: string; path: Path }[];
  /** Ids of the discussion questions (anchors on the lecturers' page). */
  questionIds: { id: string; path: Path }[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const listAt = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : []);

/** A finding is any object with a string `id` and a string `locator`, wherever it sits. */
function collectFindingIds(value: unknown, path: Path, refs: CaseReferences) {
  if (Array.isArray(value)) value.forEach((item, i) => collectFindingIds(item, [...path, i], refs));
  else if (isRecord(value)) {
    if (typeof value.id === 'string' && typeof value.locator === 'string') {
      const of = value.id;
      refs.findingIds.push({ id: of, path: [...path, 'id'] });
      listAt(value.formerIds).forEach((id, i) => {
        if (typeof id === 'string') refs.formerIds.push({ id, path: [...path, 'formerIds', i], of });
      });
    }
    for (const [key, child] of Object.entries(value)) collectFindingIds(child, [...path, key], refs);
  }
}

/** Extracts what other files must agree with from a case file's (possibly invalid) data. */
export function referencesOf(data: unknown): CaseReferences {
  const refs: CaseReferences = {
    cities: [],
    findingIds: [],
    formerIds: [],
    concepts: [],
    caseRefs: [],
    questionRefs: [],
    questionIds: [],
  };
  if (!isRecord(data)) return refs;
  listAt(data.cities).forEach((city, i) => {
    if (!isRecord(city) || typeof city.id !== 'string') return;
    refs.cities.push({ id: city.id, path: ['cities', i, 'id'], fields: city });
  });
  if (isRecord(data.source) && typeof data.source.id === 'string')
    refs.source = { id: data.source.id, path: ['source', 'id'], fields: data.source };
  collectFindingIds(data, [], refs);
  listAt(data.concepts).forEach((id, i) => {
    if (typeof id === 'string') refs.concepts.push({ id, path: ['concepts', i] });
  });
  listAt(data.recommendations).forEach((rec, i) => {
    if (!isRecord(rec)) return;
    listAt(rec.refersTo).forEach((ref, j) => {
      if (isRecord(ref) && typeof ref.case === 'string')
        refs.caseRefs.push({
          case: ref.case,
          ...(typeof ref.city === 'string' ? { city: ref.city } : {}),
          path: ['recommendations', i, 'refersTo', j],
        });
    });
  });
  listAt(data.questions).forEach((question, i) => {
    if (!isRecord(question)) return;
    if (typeof question.id === 'string')
      refs.questionIds.push({ id: question.id, path: ['questions', i, 'id'] });
    listAt(question.findings).forEach((id, j) => {
      if (typeof id === 'string') refs.questionRefs.push({ id, path: ['questions', i, 'findings', j] });
    });
  });
  return refs;
}
