import { FORMER_FIELDS, type CooperationField } from '../schemas/vocabulary.ts';
import { PAGE_ID_PREFIXES } from './page-ids.ts';

/** The anchor of a cooperation field on a case page and on the comparison: `field-<key>`. */
export const fieldAnchor = (field: string) => `${PAGE_ID_PREFIXES.field}${field}`;

/** The anchors a field was published under before it was renamed: they keep leading to it. */
export function formerFieldAnchors(field: CooperationField): string[] {
  return Object.entries(FORMER_FIELDS)
    .filter(([, now]) => now === field)
    .map(([before]) => fieldAnchor(before));
}
