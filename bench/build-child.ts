// Builds the site in this process and prints how long it took and this process's peak memory, as
// JSON on the last line. Run by the benchmark with CASEBOOK_* variables set; not for direct use.
import { build } from 'astro';

const started = performance.now();
await build({ logLevel: 'error' });
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, peakMiB: process.resourceUsage().maxRSS / 1024 }));
