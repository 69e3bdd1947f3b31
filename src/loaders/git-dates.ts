import { execFileSync } from 'node:child_process';
import { lastChangeByFile } from '../lib/git-log.ts';

const git = (args: string[]) => {
  try {
    return execFileSync('git', args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 28,
    });
  } catch {
    return '';
  }
};

/**
 * The date (YYYY-MM-DD) of the last commit that changed each file under a folder, from one `git log`
 * call, by path relative to the project; and the date of the last commit at all, for content that
 * git does not track (a test's copy). The same for every build of a commit; empty without git.
 */
export function gitDates(folder: string): { byFile: Map<string, string>; head: string | undefined } {
  return {
    byFile: lastChangeByFile(git(['log', '--format=%x01%cs', '--name-only', '--', folder])),
    head: git(['log', '-1', '--format=%cs']).trim() || undefined,
  };
}
