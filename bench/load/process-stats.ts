/**
 * Peak RSS and CPU time of a server process and its descendants, from /proc (Linux). Returns
 * nulls elsewhere: the figures are a side note of the bench, not worth a dependency.
 */
import fs from "node:fs";

const CLOCK_TICKS = 100; // USER_HZ on Linux

function descendants(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(parents.get(out[i] as number) ?? []));
  return out;
}

export interface ProcessSample {
  /** Sum of VmHWM (peak resident set) over the tree, MB. */
  peakRssMb: number;
  /** User + system CPU seconds used so far by the tree. */
  cpuSeconds: number;
}

export function sampleProcessTree(pid: number | undefined): ProcessSample | null {
  if (!pid || !fs.existsSync(`/proc/${pid}/status`)) return null;
  let hwmKb = 0;
  let ticks = 0;
  for (const p of descendants(pid)) {
    try {
      hwmKb += Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
      const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // ended
    }
  }
  return { peakRssMb: Math.round(hwmKb / 1024), cpuSeconds: ticks / CLOCK_TICKS };
}
