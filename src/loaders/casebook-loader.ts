import type { Loader, LoaderContext } from 'astro/loaders';
import { CaseSchema } from '../schemas/case.ts';
import { CasebookSchema, type Casebook } from '../schemas/casebook.ts';
import { GlossaryEntrySchema } from '../schemas/glossary.ts';
import { formatProblem, formatProblems } from '../lib/problems.ts';
import { casebookContent, type CasebookContent } from './casebook-content.ts';
import { CONTENT_DIR } from './settings.ts';

/** The collections the casebook's content fills. */
export type CasebookCollection = 'cases' | 'glossary' | 'casebook';

/** The entries of one collection, from content that passed validation. */
function entriesOf(
  collection: CasebookCollection,
  { report, lastChanged, lastChangedByFile }: CasebookContent,
) {
  switch (collection) {
    case 'cases':
      return report.cases.map(({ slug, data }) => ({ id: slug, data }));
    case 'glossary':
      return [...report.glossary].map(([id, data]) => ({ id, data }));
    case 'casebook': {
      const casebook: Casebook = {
        ...report.dataset!,
        redirects: report.redirects,
        sourceCount: new Set(report.cases.map(({ data }) => data.source.id)).size,
        ...(lastChanged ? { lastChanged } : {}),
        caseChanged: Object.fromEntries(
          report.cases.flatMap(({ slug, file }) => {
            const date = lastChangedByFile.get(file);
            return date ? [[slug, date]] : [];
          }),
        ),
      };
      return [{ id: 'casebook', data: casebook }];
    }
  }
}

/**
 * Fills a collection from the one content pass (`casebookContent`): the files are read and validated
 * once per build, with every rule, before Astro asks for any collection; this loader stores what
 * passed and never validates again. In the dev server, a changed content file is read again and its
 * problems are printed exactly as `npm run check` prints them.
 */
export function casebookLoader(collection: CasebookCollection): Loader {
  const store = (context: LoaderContext, content: CasebookContent) => {
    context.store.clear();
    for (const { id, data } of entriesOf(collection, content))
      context.store.set({ id, data, digest: context.generateDigest(data) });
  };
  return {
    name: `casebook-${collection}`,
    schema: { cases: CaseSchema, glossary: GlossaryEntrySchema, casebook: CasebookSchema }[collection],
    load: async (context) => {
      const content = casebookContent();
      if (content.report.problems.length > 0)
        throw new Error(`The content has problems:\n${formatProblems(content.report.problems)}`);
      store(context, content);
      context.watcher?.on('change', (path) => {
        if (!path.includes(CONTENT_DIR.replace(/^\.\//, ''))) return;
        const next = casebookContent({ refresh: true });
        if (next.report.problems.length > 0)
          for (const problem of next.report.problems) context.logger.error(formatProblem(problem));
        else store(context, next);
      });
    },
  };
}
