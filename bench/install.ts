import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a new user's `npm install` of the project costs. */
export interface InstallCost {
  /** Packages installed (entries of node_modules, nested ones included). */
  packages: number;
  /** Size of node_modules on disk, MiB. */
  mib: number;
  /** Wall time of `npm install` with an empty npm cache, seconds. */
  coldSeconds: number;
  /** Lines npm printed on stderr (warnings and errors) during the install. */
  stderrLines: number;
}

/**
 * The install as it was before the benchmark's tools moved to bench/package.json (commit a33d5f4,
 * measured on this machine on 2026-12-03 with the same method: a fresh clone, an empty cache).
 */
export const INSTALL_BEFORE: InstallCost & { commit: string } = {
  commit: 'a33d5f4',
  packages: 612,
  mib: 607,
  coldSeconds: 54.4,
  stderrLines: 90,
};

/** The size of a folder on disk, bytes (files only, links not followed). */
function bytesIn(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += bytesIn(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** Every package folder under a node_modules folder, nested ones included. */
function packagesIn(modules: string): number {
  let count = 0;
  for (const entry of readdirSync(modules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const dirs = entry.name.startsWith('@')
      ? readdirSync(join(modules, entry.name)).map((name) => join(modules, entry.name, name))
      : [join(modules, entry.name)];
    for (const dir of dirs) {
      count += 1;
      const nested = join(dir, 'node_modules');
      try {
        count += packagesIn(nested);
      } catch {
        // no nested node_modules
      }
    }
  }
  return count;
}

/** Clones the committed project into a temporary folder and installs it with an empty npm cache. */
export function measureInstall(): InstallCost {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-install-'));
  execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${process.cwd()}`, join(dir, 'project')]);
  const started = performance.now();
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--cache', join(dir, 'cache')], {
    cwd: join(dir, 'project'),
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: process.env
        .PATH!.split(':')
        .filter((p) => !p.includes('node_modules'))
        .join(':'),
    },
  });
  const coldSeconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`npm install failed:\n${result.stderr}`);
  const modules = join(dir, 'project', 'node_modules');
  return {
    packages: packagesIn(modules),
    mib: bytesIn(modules) / 1024 / 1024,
    coldSeconds,
    stderrLines: result.stderr.split('\n').filter((line) => line.trim() !== '').length,
  };
}
