import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of a V8 CPU profile (`node --cpu-prof`) that say where time went. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  /** The node each sample was taken in. */
  samples: number[];
  /** Microseconds since the sample before, one per sample. */
  timeDeltas: number[];
}

/** One cost in a build's profile: a package, a module of ours, or what V8 names (GC, idle). */
export interface ProfileCost {
  label: string;
  seconds: number;
  /** Of all sampled time, every thread. */
  share: number;
}

/**
 * Who a function belongs to: the npm package it comes from (the innermost `node_modules`), a module
 * of the project (`src/…`, or a built chunk by its name without the hash), Node's own code, or V8's
 * names for time outside JavaScript.
 */
export function costLabel(frame: { functionName: string; url: string }): string {
  const { functionName, url } = frame;
  if (url === '') {
    if (functionName === '(idle)') return '(idle: waiting on disk, workers or child processes)';
    return functionName || '(anonymous)';
  }
  if (url.startsWith('node:')) return 'Node.js itself';
  const path = decodeURI(url.replace(/^file:\/\//, ''));
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first = '', second = ''] = path.slice(modules + '/node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const source = path.match(/\/(src\/.+)$/);
  if (source) return source[1]!;
  const file = path.split('/').at(-1)!;
  return `built chunk ${file.replace(/[_.-][\w-]{8}\.(m?js)$/, '.$1')}`;
}

/** Self time by label over several profiles (a process's threads), largest first. */
export function profileCosts(profiles: CpuProfile[]): ProfileCost[] {
  const micros = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) {
    const labels = new Map(profile.nodes.map((node) => [node.id, costLabel(node.callFrame)]));
    profile.samples.forEach((id, i) => {
      const label = labels.get(id) ?? '(unknown)';
      const delta = profile.timeDeltas[i] ?? 0;
      micros.set(label, (micros.get(label) ?? 0) + delta);
      total += delta;
    });
  }
  return [...micros]
    .map(([label, us]) => ({ label, seconds: us / 1e6, share: total > 0 ? us / total : 0 }))
    .sort((a, b) => b.seconds - a.seconds || a.label.localeCompare(b.label));
}

/** The profiles `node --cpu-prof --cpu-prof-dir=dir` wrote (one per thread). */
export const readProfiles = (dir: string): CpuProfile[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile);
