// Runs the search page. Without scripts the page says what search needs (CSS shows the form only
// where scripts run); this script runs Pagefind in the browser. Pagefind's engine and index load on the first search
// (typing, or a ?q= in the address), never with the page, so the page itself stays light.

import { fillPlaceholders } from '../i18n/placeholders.ts';

/** What this script uses of Pagefind's browser API (pagefind/pagefind.js, written by the build). */
interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: { id: string; data(): Promise<ResultData> }[] } | null>;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; case?: string; kind?: string; locator?: string };
}
type Messages = Record<'prompt' | 'loading' | 'count' | 'countOne' | 'none' | 'failed' | 'more', string>;

/** Beyond this, a reader is better served by a narrower search than by a longer list. */
const MAX_RESULTS = 20;
const TYPING_PAUSE_MS = 250;

const form = document.querySelector<HTMLFormElement>('form[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const statusLine = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');

/** The excerpt Pagefind returns marks matches with <mark>; it is rebuilt as text, never as HTML. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.searchResult = data.url;
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'text-lg font-semibold';
  link.textContent = data.meta.title ?? data.url;
  const where = document.createElement('p');
  where.className = 'text-sm text-slate-700';
  where.textContent = [data.meta.kind, data.meta.locator].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(link, where, excerpt);
  return item;
}

function setUp(form: HTMLFormElement, input: HTMLInputElement, status: HTMLElement, list: HTMLOListElement) {
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Messages;
  let engine: Promise<Pagefind> | undefined;
  const loadEngine = () =>
    (engine ??= import(/* @vite-ignore */ form.dataset.pagefind!).then(async (pagefind: Pagefind) => {
      await pagefind.options({ excerptLength: 30 });
      return pagefind;
    }));

  const selectedFilters = () => {
    const filters: Record<string, { any: string[] }> = {};
    for (const box of form.querySelectorAll<HTMLInputElement>('input[data-filter]:checked'))
      (filters[box.dataset.filter ?? ''] ??= { any: [] }).any.push(box.value);
    return filters;
  };

  let latest = 0;
  async function run() {
    const query = input.value.trim();
    const ticket = ++latest;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query) {
      list.replaceChildren();
      status.textContent = messages.prompt;
      return;
    }
    status.textContent = messages.loading;
    try {
      const pagefind = await loadEngine();
      const found = await pagefind.search(query, { filters: selectedFilters() });
      const results = found?.results ?? [];
      const data = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (ticket !== latest) return; // a newer search has started meanwhile
      list.replaceChildren(...data.map(resultItem));
      const count = results.length;
      status.textContent =
        count === 0
          ? fillPlaceholders(messages.none, { query })
          : fillPlaceholders(count === 1 ? messages.countOne : messages.count, { count, query }) +
            (count > MAX_RESULTS ? ' ' + fillPlaceholders(messages.more, { shown: MAX_RESULTS }) : '');
    } catch (error) {
      if (ticket !== latest) return;
      console.warn('search failed', error);
      list.replaceChildren();
      status.textContent = messages.failed;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, TYPING_PAUSE_MS);
  });
  // Start fetching the engine as soon as the reader shows intent to search.
  input.addEventListener('focus', () => void loadEngine().catch(() => undefined), { once: true });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[data-filter]')) void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });

  input.value = new URL(location.href).searchParams.get('q') ?? '';
  if (input.value) void run();
  else status.textContent = messages.prompt;
}

if (form && input && statusLine && list) setUp(form, input, statusLine, list);
