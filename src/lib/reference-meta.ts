import { CASEBOOK_AUTHOR, CASEBOOK_TITLE } from './casebook-name.ts';

/**
 * What a reference manager's "save this page" button reads. Zotero's Connector (and Mendeley's web
 * importer) run generic translators on a page: the casebook gives them an item they map exactly.
 * A web page carries a COinS span (OpenURL ContextObject in a `<span class="Z3988">`), the one form
 * whose author can be a group: `rft.aucorp` saves "Sister City Casebook contributors" as one name,
 * where `DC.creator` or `meta name="author"` would be split into a person's given and family names.
 * The dataset page carries Dublin Core and a version instead (COinS has no version field), read by
 * Zotero's Embedded Metadata translator; its creator ends in a comma, which that translator reads as
 * a single-field name. No page carries Highwire `citation_*` tags: none is a scholarly article or
 * the thesis itself. Checked against Zotero's translation-server (`npm run zotero-check`).
 */

/** The facts a page gives about itself as an item to cite. */
export interface ReferenceFacts {
  kind: 'webpage' | 'dataset';
  title: string;
  /** The page's canonical address. */
  url: string;
  /** BCP 47 language of the page. */
  language: string;
  /** Date (YYYY-MM-DD) of the last change to what the page shows. */
  lastChanged: string | undefined;
  /** What the page holds, for the item's abstract. */
  abstract: string;
  /** The licence, as readers know it and where its text is. */
  rights: string;
  /** The dataset's version. */
  version: string;
}

/** The OpenURL ContextObject of a web page, in key-encoded form, for a COinS span's `title`. */
export function coinsContext(facts: ReferenceFacts): string {
  const fields: [string, string | undefined][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
    ['rft.type', facts.kind],
    ['rft.title', facts.title],
    ['rft.aucorp', CASEBOOK_AUTHOR],
    ['rft.source', CASEBOOK_TITLE],
    ['rft.date', facts.lastChanged],
    ['rft.language', facts.language],
    ['rft.rights', facts.rights],
    ['rft.description', facts.abstract],
    ['rft_id', facts.url],
  ];
  return fields.flatMap(([key, value]) => (value ? [`${key}=${encodeURIComponent(value)}`] : [])).join('&');
}

/** The `<meta>` tags (name, content) that make Zotero save the dataset page as a dataset. */
export function datasetMeta(facts: ReferenceFacts): { name: string; content: string }[] {
  const tags: [string, string | undefined][] = [
    ['z.itemType', 'dataset'],
    ['DC.type', 'Dataset'],
    ['DC.title', facts.title],
    // The trailing comma makes Zotero read the group's name as one name, not a person's.
    ['DC.creator', `${CASEBOOK_AUTHOR},`],
    ['DC.publisher', CASEBOOK_TITLE],
    ['DC.date', facts.lastChanged],
    ['DC.language', facts.language],
    ['DC.rights', facts.rights],
    // No DC.description: Zotero would copy it into Extra as well; the page's description gives the abstract.
    ['DC.identifier', facts.url],
    ['so.version', facts.version],
  ];
  return tags.flatMap(([name, content]) => (content ? [{ name, content }] : []));
}
