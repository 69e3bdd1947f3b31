// `npm run check [contentDir]`: every content problem in every file, then `astro check` for types.
// Both always run, so that one run lists everything; the exit code is non-zero if either fails.
import { spawnSync } from 'node:child_process';

const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;

const contentOk = run(process.execPath, ['scripts/check-content.ts', ...process.argv.slice(2)]);
const typesOk = run('astro', ['check']);
process.exit(contentOk && typesOk ? 0 : 1);
