// Builds the Starlight twin whose folder is the first argument, in this process, and prints how
// long it took and this process's peak memory, as JSON on the last line. Run by the benchmark (its
// `astro` is this package's, the one Starlight was installed with); not for direct use.
import { build } from 'astro';

const started = performance.now();
await build({ root: process.argv[2], logLevel: 'error' });
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, peakMiB: process.resourceUsage().maxRSS / 1024 }));
