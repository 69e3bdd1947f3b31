// `npm run build`: `astro build` into a folder beside the output folder, which takes the output
// folder's place only when the build succeeds. A content problem, a failed page or an interrupted
// build leaves the output folder as it was.
import { spawnSync } from 'node:child_process';
import { publishBuild } from './publish-build.ts';

const outDir = process.env.CASEBOOK_OUT_DIR ?? './dist';
const ok = publishBuild(
  outDir,
  (dir) =>
    spawnSync('astro', ['build', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CASEBOOK_OUT_DIR: dir },
    }).status === 0,
);
process.exit(ok ? 0 : 1);
