/** Escapes text for HTML, for the few places that must write markup themselves. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Text for a `<pre>` block, escaped, with spaces at line ends written as `&#32;`: they are content
 * (RIS ends a record with "ER  - "), and a literal trailing space reads as sloppy markup.
 */
export function preformatted(text: string): string {
  return escapeHtml(text).replace(/ +$/gm, (spaces) => '&#32;'.repeat(spaces.length));
}
