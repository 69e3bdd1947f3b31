/**
 * Reads the output of `git log --format=%x01%cs --name-only`: each commit's date (YYYY-MM-DD) on a
 * line that starts with \x01, then the files it changed. Returns each file's latest date (the log
 * runs newest first), by its path relative to the repository.
 */
export function lastChangeByFile(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\u0001')) date = line.slice(1).trim();
    else if (line.trim() !== '' && date && !dates.has(line.trim())) dates.set(line.trim(), date);
  }
  return dates;
}

/** The latest of some dates (YYYY-MM-DD sorts as text), or `undefined` for none. */
export const latestDate = (dates: Iterable<string | undefined>) =>
  [...dates]
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
