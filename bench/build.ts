import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeStarlightTwin } from './starlight/twin.ts';

/** A build measured by the benchmark. */
export interface MeasuredBuild {
  outDir: string;
  /** The build's cache, which a later build may start from. */
  cacheDir: string;
  /** Seconds of `astro build`, its content check included. */
  buildSeconds: number;
  /** Peak resident memory of the Astro build process, MiB. */
  peakMiB: number;
}

const run = (args: string[], env: NodeJS.ProcessEnv) => {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return { seconds: (performance.now() - started) / 1000, stdout: result.stdout };
};

/** Builds a content folder into a fresh output folder (the build checks the content first), measured. */
export function measuredBuild(
  options: {
    contentDir?: string;
    siteUrl?: string;
    /** The build cache (a new, empty one by default: a clean build). */
    cacheDir?: string;
    /** A folder for the build's CPU profiles (`node --cpu-prof`); none by default. */
    profileDir?: string;
  } = {},
): MeasuredBuild {
  const outDir = join(mkdtempSync(join(tmpdir(), 'casebook-bench-')), 'dist');
  const cacheDir = options.cacheDir ?? mkdtempSync(join(tmpdir(), 'casebook-bench-cache-'));
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    CASEBOOK_OUT_DIR: outDir,
    CASEBOOK_CACHE_DIR: cacheDir,
    ...(options.contentDir ? { CASEBOOK_CONTENT_DIR: options.contentDir } : {}),
    ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}),
  };
  const profile = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
  const build = run([...profile, 'bench/build-child.ts'], env);
  return { outDir, cacheDir, buildSeconds: build.seconds, peakMiB: peakOf(build.stdout) };
}

/** The peak memory a build child printed as JSON on its last line. */
const peakOf = (stdout: string) =>
  (JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { peakMiB: number }).peakMiB;

/** Builds the Starlight twin of a content folder (`starlight/twin.ts`), measured the same way. */
export function measuredTwinBuild(contentDir: string): Omit<MeasuredBuild, 'outDir' | 'cacheDir'> {
  const root = writeStarlightTwin(contentDir);
  try {
    const build = run(['bench/starlight/build-child.ts', root], {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    return { buildSeconds: build.seconds, peakMiB: peakOf(build.stdout) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
