/**
 * The manifest of what the casebook has published (`content/published.json`): every page path and
 * every finding id with the page it is on. Links in syllabi must never break, so nothing in it may
 * disappear: a renamed finding keeps its old id among its `formerIds`, a moved page gets an entry in
 * `content/redirects.yaml`.
 */
export interface PublishedManifest {
  /** Page paths, root-relative without the base path, e.g. `/id/cases/bandung-seoul/`. */
  pages: string[];
  /** Finding id → language-neutral path of the page it is on. */
  findings: Record<string, string>;
}

/** What a built site offers: its pages with the element ids on each, and its forwarding pages. */
export interface PublishedSite {
  pages: Map<string, Set<string>>;
  /** Old path → new path, for pages that moved. */
  redirects?: Map<string, string>;
}

/** Every way the site breaks the manifest's promises, or leaves something new out of it. */
export function manifestProblems(
  manifest: PublishedManifest,
  site: PublishedSite,
  localizedPaths: (path: string) => string[],
): string[] {
  const problems: string[] = [];
  const follow = (path: string) => site.redirects?.get(path) ?? path;
  for (const path of manifest.pages)
    if (!site.pages.has(follow(path)))
      problems.push(`published page ${path} is gone: add a redirect for it to content/redirects.yaml`);
  for (const [id, path] of Object.entries(manifest.findings))
    for (const localPath of localizedPaths(path)) {
      const ids = site.pages.get(follow(localPath));
      if (!ids) problems.push(`finding ${id}: its page ${localPath} is gone: add a redirect for it`);
      else if (!ids.has(id))
        problems.push(
          `finding ${id} is gone from ${localPath}: if it was renamed, list "${id}" in its formerIds`,
        );
    }
  return problems;
}

/** Adds what is new to a manifest, never removing anything; returns the new manifest. */
export function extendManifest(
  manifest: PublishedManifest,
  pages: readonly string[],
  findings: Record<string, string>,
): PublishedManifest {
  return {
    pages: [...new Set([...manifest.pages, ...pages])].sort(),
    findings: Object.fromEntries(
      Object.entries({ ...findings, ...manifest.findings }).sort(([a], [b]) => a.localeCompare(b)),
    ),
  };
}
