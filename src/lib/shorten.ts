/** Splits text into the characters readers see (made once: making one costs more than using it). */
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Text cut to at most `max` characters at the last word boundary before it, with "…" where it was
 * cut: for a search result's snippet or a link preview, which show a few lines of a long summary.
 * Text that fits is returned as it is. Lengths count characters as readers see them (graphemes).
 */
export function shorten(text: string, max: number): string {
  // No more graphemes than code units: a text that short fits, and is never segmented.
  if (text.length <= max) return text;
  // Characters as readers see them: an emoji with its skin tone is one, not four code points. Only
  // as many as decide the cut are taken: a long text is never segmented whole.
  const chars: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    if (chars.length === max) break;
    chars.push(segment);
  }
  if (chars.join('').length === text.length) return text;
  const head = chars.slice(0, max - 1).join('');
  const space = head.search(/\s\S*$/);
  const cut = (space > max / 2 ? head.slice(0, space) : head).trimEnd();
  // No comma, colon or semicolon left hanging before the ellipsis: "about a year…", not "a year;…".
  return `${cut.replace(/[\s,;:]+$/u, '') || cut}…`;
}
