import type { Redirects } from '../schemas/redirects.ts';
import { formatPath, type FieldPath } from './field-path.ts';
import type { Problem } from './problems.ts';
import { languageOfPath } from './routes.ts';
import { DEFAULT_LANGUAGE } from '../i18n/locales.ts';

/**
 * `content/redirects.yaml` keeps old links working: each entry forwards a path the site no longer
 * has to a page it has. A redirect from a live page would hide that page (and drop it from the
 * sitemap), one to a missing page or to another redirect would send readers nowhere or round in
 * circles.
 */
export function redirectProblems(
  file: string,
  redirects: Redirects,
  lineOf: (path: FieldPath) => number | undefined,
  livePaths: readonly string[],
): Problem[] {
  const live = new Set(livePaths);
  const targets = new Map<string, string>();
  for (const { from, to } of redirects) if (!targets.has(from)) targets.set(from, to);
  const seen = new Map<string, number>();
  return redirects.flatMap(({ from, to }, i): Problem[] => {
    const at = (key: 'from' | 'to', message: string, hint: string): Problem[] => [
      { file, line: lineOf([i, key]), path: formatPath([i, key]), message, hint },
    ];
    for (const [key, path] of [
      ['from', from],
      ['to', to],
    ] as const)
      if (languageOfPath(path) !== DEFAULT_LANGUAGE)
        return at(
          key,
          `${path} starts with a language prefix`,
          'write the path as in English, without the prefix: each redirect serves every language',
        );
    const earlier = seen.get(from);
    seen.set(from, earlier ?? i);
    if (earlier !== undefined)
      return at(
        'from',
        `${from} is already redirected (also at ${formatPath([earlier, 'from'])})`,
        'keep one entry per old path',
      );
    if (live.has(from))
      return at(
        'from',
        `${from} is a page the site has: a redirect from it would hide the page`,
        'remove the entry, or rename the page first',
      );
    if (to === from) return at('to', `${from} redirects to itself`, 'point it at the page that replaced it');
    if (targets.has(to)) {
      const chain = [from, to];
      let next = targets.get(to);
      while (next !== undefined && !chain.includes(next)) {
        chain.push(next);
        next = targets.get(next);
      }
      if (next !== undefined)
        return at(
          'to',
          `the redirects go round in a loop: ${[...chain.slice(chain.indexOf(next)), next].join(' → ')}`,
          'point each old path at a page the site has',
        );
      return at(
        'to',
        `${to} is itself redirected, to ${chain.at(-1)}`,
        `point straight at ${chain.at(-1)}: one step, not a chain`,
      );
    }
    if (!live.has(to))
      return at(
        'to',
        `${to} is not a page of the site`,
        'point at a page the site has, e.g. /cases/<case file name>/ (without the language prefix)',
      );
    return [];
  });
}
