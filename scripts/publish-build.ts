import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Runs a build into a folder beside `outDir` and puts it in `outDir`'s place only when the build
 * succeeds: a failed or interrupted build leaves `outDir` exactly as it was (the last good site, or
 * nothing). Returns whether the build succeeded.
 */
export function publishBuild(outDir: string, buildInto: (dir: string) => boolean): boolean {
  const target = resolve(outDir);
  const partial = `${target}.partial`;
  // What an interrupted earlier build left behind.
  rmSync(partial, { recursive: true, force: true });
  if (!buildInto(partial)) {
    rmSync(partial, { recursive: true, force: true });
    return false;
  }
  const previous = `${target}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(partial, target);
  rmSync(previous, { recursive: true, force: true });
  return true;
}
