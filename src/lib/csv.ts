/**
 * Characters that make a spreadsheet read a cell as a formula when the cell starts with one of them
 * (OWASP, "CSV Injection"): `=`, `+`, `-`, `@`, tab and carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: a value a spreadsheet would run as a formula gets a leading `'` (OWASP's rule:
 * Excel, LibreOffice and Google Sheets then show it as text), and the field is quoted when it needs
 * it (RFC 4180): commas, quotes, line breaks, outer spaces.
 */
function field(raw: string): string {
  const value = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes rows as RFC 4180 CSV: a header line, CRLF line ends, fields quoted where needed, no formulas. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
