/**
 * The CPU time the browser spent on a piece of work: user + system seconds of every
 * process of one profile (the browser, its renderers with their workers, the GPU
 * process...), read from /proc before and after. On a machine others load too, the
 * wall-clock time of the same work swings by half or more from run to run; the CPU
 * seconds it took swing far less, so the benches print them beside the timed ratios
 * (the targets stay on the timed ones). A process that ends meanwhile takes its
 * seconds with it, so the figure can only be too low, never too high. Linux only.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ: /proc/<pid>/stat counts in these on Linux

/** CPU seconds used so far by the processes whose command line names this profile folder. */
export function profileCpuSeconds(profile: string): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) continue;
      // Fields after the command's name (which may hold spaces, inside parentheses): utime is the 14th field, stime the 15th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / TICKS_PER_SECOND;
}

/** Runs `work` and gives its result with the CPU seconds the profile's processes used meanwhile. */
export async function withCpu<T>(profile: string, work: () => Promise<T>): Promise<{ result: T; cpu: number }> {
  const before = profileCpuSeconds(profile);
  const result = await work();
  return { result, cpu: profileCpuSeconds(profile) - before };
}
