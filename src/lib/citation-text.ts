import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';

/**
 * The text (APA, Harvard) of one cited item. citeproc (through citation-js) is the reference, but
 * it takes a few milliseconds an item, and a casebook of 500 cases cites ~18,000 findings in two
 * languages and two styles. The findings' items differ only in title and address, so citeproc
 * renders one probe item per style, language and everything else the text shows (author, date,
 * website), and a finding's text is that probe's with its own title and address set in. Only
 * titles and addresses whose treatment by citeproc the probe shows are set in this way (see
 * `settable`); any other item is rendered by citeproc itself. Tests hold the shortcut to citeproc
 * on every real finding and on generated titles.
 */

/** A citation style the pages show as text. */
export type TextStyle = 'apa' | 'harvard1';

/** The fields of a CSL item this module reads (the others are passed to citeproc as they are). */
interface TextItem {
  id: string;
  type: string;
  title?: string;
  URL?: string;
}

/** Where citeproc's texts are looked up before citeproc runs, and kept after it ran, by item, style and locale. */
export interface TextStore {
  get(key: string): string | undefined;
  set(key: string, text: string): void;
}

let store: TextStore = new Map();

/**
 * Keeps citeproc's texts in `next` from now on (by default, in this process's memory): a build
 * gives one that lasts from build to build (`src/loaders/citeproc-store.ts`).
 */
export function useTextStore(next: TextStore): void {
  store = next;
}

/** citeproc's text of one item: what every shortcut is held to. Each item is rendered once. */
export function citeprocText(item: TextItem, template: TextStyle, locale: string): string {
  const key = JSON.stringify([template, locale, item]);
  let text = store.get(key);
  if (text === undefined) {
    text = String(new Cite([item]).format('bibliography', { format: 'text', template, lang: locale })).trim();
    store.set(key, text);
  }
  return text;
}

/*
 * A title citeproc sets as it stands, apart from what the probe shows it does: letters, digits,
 * spaces (single, and none before ":" or ";", which citeproc makes a narrow no-break space),
 * common punctuation inside; it starts with no lowercase letter (a style may
 * capitalise it); an apostrophe stands between letters (citeproc makes it typographic); it ends in
 * a letter, digit or closing bracket, or in one of . ? ! … after one (citeproc merges those with the
 * punctuation that follows). No quotes, no markup, no "&".
 */
const TITLE =
  /^(?!\p{Ll})[\p{L}\p{N}\p{M}(](?:[\p{L}\p{N}\p{M} ,:;()/–—-]|(?<=\p{L})'(?=\p{L}))*?[\p{L}\p{N}\p{M})]([.?!…]?)$/u;
/* An address of the casebook's own shape: ending in "/" (a final "." would merge with a style's). */
const ADDRESS = /^https?:\/\/[A-Za-z0-9.:-]+(?:\/[A-Za-z0-9._~-]*)*\/$/;

/** Whether an item's title and address can be set into a probe's text (else citeproc renders it). */
export const settable = (item: TextItem) =>
  item.title !== undefined &&
  item.URL !== undefined &&
  !/ {2}| [:;]/.test(item.title) &&
  TITLE.test(item.title) &&
  ADDRESS.test(item.URL);

const PROBE_HEAD = 'Qzxprobe';
const PROBE_TAIL = 'Zqxprobe';
const PROBE_URL = 'https://probe.invalid/qzx/';

/** A probe's text split where the title and the address go, and what an apostrophe becomes. */
interface ProbeText {
  before: string;
  between: string;
  after: string;
  apostrophe: string;
}

const probes = new Map<string, ProbeText | null>();

/** The probe for an item's style, language, other fields and title ending; null if it cannot be used. */
function probeFor(item: TextItem, template: TextStyle, locale: string, ending: string): ProbeText | null {
  // What differs from finding to finding and no style shows (id, citation key) is not part of it.
  const {
    id: _id,
    title: _title,
    URL: _url,
    'citation-key': _key,
    ...rest
  } = item as TextItem & {
    'citation-key'?: string;
  };
  const key = JSON.stringify([template, locale, ending, rest]);
  if (probes.has(key)) return probes.get(key)!;
  const text = citeprocText(
    { ...rest, id: 'probe', title: `${PROBE_HEAD}'${PROBE_TAIL}${ending}`, URL: PROBE_URL },
    template,
    locale,
  );
  const head = text.indexOf(PROBE_HEAD);
  const tail = text.indexOf(PROBE_TAIL, head);
  const url = text.indexOf(PROBE_URL, tail);
  const probe =
    head >= 0 && tail > head && url > tail && text.indexOf(PROBE_HEAD, head + 1) < 0
      ? {
          before: text.slice(0, head),
          apostrophe: text.slice(head + PROBE_HEAD.length, tail),
          // What citeproc made of the ending and the punctuation after it, up to the address.
          between: text.slice(tail + PROBE_TAIL.length, url),
          after: text.slice(url + PROBE_URL.length),
        }
      : null;
  probes.set(key, probe);
  return probe;
}

/** The APA or Harvard text of one item in one language (CSL locale), as citeproc writes it. */
export function citationText(item: TextItem, template: TextStyle, locale: string): string {
  if (settable(item)) {
    const ending = TITLE.exec(item.title!)![1]!;
    const probe = probeFor(item, template, locale, ending);
    if (probe) {
      const body = item.title!.slice(0, item.title!.length - ending.length).replace(/'/g, probe.apostrophe);
      return probe.before + body + probe.between + item.URL + probe.after;
    }
  }
  return citeprocText(item, template, locale);
}
