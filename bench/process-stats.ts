// CPU time and memory of the process it runs in, for the orchestrator: RSS is sampled every 20 ms, so each
// measurement can report the peak it caused (the kernel's maxRSS only ever grows). `settle` runs a full GC first, so
// that what is reported is what the process keeps, not garbage not yet collected.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface ProcessStats {
  /** User + system CPU time since the process started, in microseconds. */
  cpuMicros: number;
  rss: number;
  heapUsed: number;
  /** Highest sampled RSS since the last `resetPeak`, in bytes. */
  peakRss: number;
  /** The kernel's peak RSS over the whole process lifetime, in bytes. */
  maxRss: number;
}

export function trackProcess(): {
  handle(command: Record<string, unknown>): ProcessStats | undefined;
} {
  let peak = process.memoryUsage.rss();
  const sample = () => {
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
    return rss;
  };
  setInterval(sample, 20).unref();
  const stats = (): ProcessStats => {
    const rss = sample();
    const cpu = process.cpuUsage();
    const { heapUsed } = process.memoryUsage();
    return {
      cpuMicros: cpu.user + cpu.system,
      rss,
      heapUsed,
      peakRss: peak,
      maxRss: process.resourceUsage().maxRSS * 1024,
    };
  };
  return {
    handle(command) {
      if (command['type'] === 'stats') return stats();
      if (command['type'] === 'settle') {
        fullGc();
        return stats();
      }
      if (command['type'] === 'resetPeak') {
        peak = process.memoryUsage.rss();
        return stats();
      }
      return undefined;
    },
  };
}

/** A full garbage collection, without starting the process with --expose-gc. */
function fullGc(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
