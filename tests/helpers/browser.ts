import { inject } from 'vitest';

/** The address of a page of the site built for the tests, from its path (`/id/cases/`). */
export const siteUrl = (localPath: string) => new URL(localPath.slice(1), inject('site').origin).href;
