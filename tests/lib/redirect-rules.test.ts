import { describe, expect, it } from 'vitest';
import { redirectProblems } from '../../src/lib/redirect-rules.ts';

const LIVE = ['/', '/cases/', '/cases/bandung-seoul/', '/glossary/'];
const check = (redirects: { from: string; to: string }[]) =>
  redirectProblems('redirects.yaml', redirects, ([i]) => Number(i) + 1, LIVE).map(
    (p) => `${p.line} ${p.path} ${p.message}`,
  );

describe('redirects', () => {
  it('accept old paths that forward, each in one step, to a page the site has', () => {
    expect(
      check([
        { from: '/cases/bandung-seoul-old/', to: '/cases/bandung-seoul/' },
        { from: '/concepts/', to: '/glossary/' },
      ]),
    ).toEqual([]);
  });

  it('reject a loop of three, naming each step, on the line of each entry', () => {
    expect(
      check([
        { from: '/a/', to: '/b/' },
        { from: '/b/', to: '/c/' },
        { from: '/c/', to: '/a/' },
      ]),
    ).toEqual([
      '1 [0].to the redirects go round in a loop: /a/ → /b/ → /c/ → /a/',
      '2 [1].to the redirects go round in a loop: /b/ → /c/ → /a/ → /b/',
      '3 [2].to the redirects go round in a loop: /c/ → /a/ → /b/ → /c/',
    ]);
  });

  it('reject a redirect from a live page, to a missing page, and with a language prefix', () => {
    expect(
      check([
        { from: '/cases/bandung-seoul/', to: '/cases/' },
        { from: '/old/', to: '/nowhere/' },
        { from: '/old-two/', to: '/id/cases/' },
      ]),
    ).toEqual([
      '1 [0].from /cases/bandung-seoul/ is a page the site has: a redirect from it would hide the page',
      '2 [1].to /nowhere/ is not a page of the site',
      '3 [2].to /id/cases/ starts with a language prefix',
    ]);
  });
});
