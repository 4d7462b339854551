// The scale bench judges its timed figures on the main thread's CPU time (bench/_thread-cpu.ts). The
// clock must count work done on this thread, and neither time spent asleep nor work on other threads.
import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { threadCpuClock } from '../../bench/_thread-cpu';

const clock = threadCpuClock();

/** Keeps this thread busy for `ms` of the wall clock. */
function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    /* busy */
  }
}

describe.skipIf(clock === null)("the main thread's CPU clock (Linux)", () => {
  const now = clock as () => number;

  it('counts work on this thread, even work shorter than a scheduler tick', () => {
    for (const [ms, runs] of [
      [3, 10],
      [40, 3],
    ] as const) {
      const used: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const wallStarted = performance.now();
        const started = now();
        spin(ms);
        const cpu = now() - started;
        // A thread is never on a CPU for longer than the wall clock.
        expect(cpu).toBeLessThanOrEqual(performance.now() - wallStarted + 0.05);
        used.push(cpu);
      }
      // On a loaded machine the thread may be off the CPU for part of a spin, not for most of every one.
      expect(Math.max(...used)).toBeGreaterThan(ms / 2);
    }
  });

  it('does not count time asleep, nor work on another thread', async () => {
    const started = now();
    await new Promise((resolve) => setTimeout(resolve, 60));
    const worker = new Worker('const end = Date.now() + 60; while (Date.now() < end) {}', { eval: true });
    await new Promise((resolve) => worker.once('exit', resolve));
    expect(now() - started).toBeLessThan(30);
  });
});
