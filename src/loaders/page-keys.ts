import { createHash } from 'node:crypto';
import { loadCasebook } from './collections.ts';

const digests = new WeakMap<object, string>();

/**
 * The SHA-256 of a value's JSON. An object's digest is kept for as long as the object lives: the
 * thousands of pages of one case share its entry, which is hashed once.
 */
function digestOf(value: unknown): string {
  const memo = value !== null && typeof value === 'object';
  const known = memo ? digests.get(value) : undefined;
  if (known) return known;
  const digest = createHash('sha256')
    .update(JSON.stringify(value) ?? 'undefined')
    .digest('hex');
  if (memo) digests.set(value, digest);
  return digest;
}

/**
 * A page's key for Astro's incremental build (`cacheKey`): the digest of everything the page shows
 * besides its code, so that a page whose key and code are both unchanged since the last build is
 * copied from that build instead of rendered again. `shows` names the page's own data (its entry,
 * the other cases it names, its dates); the layout's facts about the whole casebook (version,
 * licence, number of theses) are added here. A page that starts showing more must add it to what
 * it passes, or an incremental build would keep it stale: the determinism test compares an
 * incremental build after an edit with a clean one.
 */
export async function pageKey(shows: Record<string, unknown>): Promise<string> {
  const { version, licence, sourceCount } = await loadCasebook();
  const parts = Object.entries({ version, licence, sourceCount, ...shows }).map(
    ([name, value]) => `${name}:${digestOf(value)}`,
  );
  return digestOf(parts);
}
