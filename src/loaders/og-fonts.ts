import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { OgFont } from '../lib/og-image.ts';

/* Resolved from the project, not from this module: the built copy of this module runs elsewhere. */
const require = createRequire(join(process.cwd(), 'package.json'));
const file = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));

/**
 * Noto Sans (SIL Open Font License), from the @fontsource/noto-sans package: the preview cards are
 * drawn with it at build time; the site itself uses the reader's system fonts. Its Latin subset
 * covers English and Indonesian.
 */
export const OG_FONTS: OgFont[] = [
  { name: 'Noto Sans', data: file(400), weight: 400, style: 'normal' },
  { name: 'Noto Sans', data: file(700), weight: 700, style: 'normal' },
];
