/** A path into a case file's data, as Zod reports it. */
export type FieldPath = readonly PropertyKey[];

/** Writes a data path the way a content editor reads it: `outcomes.obstacles[0].text.id`. */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}
