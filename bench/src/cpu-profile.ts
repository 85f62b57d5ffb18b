import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * Summaries of the .cpuprofile files cpu-profiler-preload.ts writes (V8's CPU profiler): where a
 * process's CPU went, by package (node_modules/<package>, our own packages, Node's internals)
 * and by function, as shares of the samples.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  pid: number;
  totalMs: number;
  /** Self time by package, share of the busy (non-idle) time. */
  byPackage: Array<{ name: string; share: number }>;
  /** Self time by function, share of the busy time. */
  byFunction: Array<{ name: string; share: number }>;
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node (internals)';
  const own = /\/(packages|subgraphs)\/([^/]+)\//.exec(url) ?? /\/(gateway)\//.exec(url);
  if (own) return own[2] ? `${own[1]}/${own[2]}` : own[1];
  return url;
}

export function summariseProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  let total = 0;
  for (const [id, ms] of selfMs) {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    total += ms;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    busy += ms;
    const name = packageOf(url, functionName);
    byPackage.set(name, (byPackage.get(name) ?? 0) + ms);
    const where = url ? `${path.basename(url)}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${name === where ? '' : `[${name}] `}${where}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  const shares = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, share: Math.round((ms / busy) * 1000) / 10 }));
  // <pid>.cpuprofile (cpu-profiler-preload.ts)
  const pid = Number(/^(\d+)\.cpuprofile$/.exec(path.basename(file))?.[1] ?? Number.NaN);
  return { file, pid, totalMs: Math.round(total), byPackage: shares(byPackage), byFunction: shares(byFunction) };
}

/** The profiles in a directory (one per process that exited with --cpu-prof on). */
export function profilesIn(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(directory, name));
}
