/**
 * Fills `{name}` placeholders of a UI string. A placeholder without a value stays as written, so a
 * missing parameter shows on the page instead of vanishing. Shared by `t()` and the browser scripts,
 * which get their strings from the page rather than from the dictionaries.
 */
export function fillPlaceholders(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
