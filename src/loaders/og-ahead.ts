import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OgCard } from '../lib/og-image.ts';

/**
 * The worker's module, from the project's sources (Node runs TypeScript as it is): the built copy
 * of this module runs from Astro's build folder, where no module of the worker's is.
 */
const WORKER = join(process.cwd(), 'src', 'loaders', 'og-worker.ts');

/**
 * Draws a build's preview cards into the card cache ahead of their route, in a worker thread, while
 * the main thread renders the pages: the card route then reads each card from the cache
 * (`cachedOgPng`) instead of drawing it. The worker takes the cards last first and the route first
 * first, and each skips what the other has kept already, so neither waits for the other: the route
 * draws any card the worker has not reached, and a card is drawn at most twice (where they meet),
 * to the same bytes. A card the worker cannot draw is left to the route, which reports it.
 * Settles when the worker has finished, with its exit code; the build never waits for it.
 */
export function drawCardsAhead(cards: readonly OgCard[]): Promise<number> {
  if (cards.length === 0) return Promise.resolve(0);
  const worker = new Worker(WORKER, { workerData: cards });
  worker.unref();
  return new Promise((resolve) => {
    // What the worker fails at, the route does again and reports; the build only says it is slower.
    worker.on('error', (error) =>
      console.warn(
        `note: the preview cards are not drawn ahead (${error.message}): the card route draws them`,
      ),
    );
    worker.on('exit', resolve);
  });
}
