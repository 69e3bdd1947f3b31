import { decodeFacets, FILTER_SELECTOR, shows } from '../lib/case-filter-rule.ts';

/*
 * The case filter with JavaScript: the address carries the cases that show (?cases=a,b), so that a
 * narrowed comparison can be shared or put in a syllabus, and such an address opens narrowed. The
 * narrowing itself is CSS (/case-filter.css), the same without JavaScript.
 */
const form = document.querySelector<HTMLElement>(FILTER_SELECTOR);
if (form) {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const caseBoxes = boxes.filter((box) => box.dataset.facet === 'case');
  const facetsOf = (box: HTMLInputElement) => decodeFacets(box.dataset.facets ?? '');
  const status = form.querySelector<HTMLOutputElement>('[data-case-filter-status]')!;
  const template = status.dataset.template!;

  const wanted = new URLSearchParams(location.search).get('cases');
  if (wanted !== null) {
    const slugs = new Set(wanted.split(','));
    for (const box of caseBoxes) box.checked = slugs.has(box.value);
    if (caseBoxes.some((box) => !box.checked)) form.querySelector('details')!.open = true;
  }

  /** Says how many cases show, and keeps the choice in the address. */
  const update = (inAddress: boolean) => {
    const picked = new Set(boxes.filter((box) => box.checked).map((box) => box.id));
    const showing = caseBoxes.filter((box) => shows(facetsOf(box), (id) => picked.has(id)));
    status.textContent = template
      .replace('{shown}', String(showing.length))
      .replace('{total}', String(caseBoxes.length));
    if (!inAddress) return;
    const url = new URL(location.href);
    url.search = showing.length === caseBoxes.length ? '' : `?cases=${showing.map((b) => b.value).join(',')}`;
    history.replaceState(history.state, '', url);
  };
  update(false);
  form.addEventListener('change', () => update(true));
}
