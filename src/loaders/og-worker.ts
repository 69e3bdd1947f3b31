// The worker of `og-ahead.ts`: draws the cards it is given into the card cache, last first, skipping
// those the card route has kept already. Every error is left to the route, which draws again.
import { workerData } from 'node:worker_threads';
import type { OgCard } from '../lib/og-image.ts';
import { drawIntoCache } from './og-cache.ts';
import { ogFontsFor } from './og-fonts.ts';

for (const card of (workerData as OgCard[]).toReversed()) {
  try {
    await drawIntoCache(card, ogFontsFor(card));
  } catch {
    // The route draws this card itself and reports why it cannot.
  }
}
