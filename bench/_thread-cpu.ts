// CPU time of the calling thread, for figures judged on the work of the thread that does it.
import { closeSync, openSync, readSync } from 'node:fs';

/**
 * The calling thread's time on a CPU in ms, or null where the system does not tell it. Linux keeps it
 * in /proc/thread-self/schedstat (nanoseconds, first field); the file stays open and is read again
 * from its start. Node 20 has no call for it (`process.threadCpuUsage` came in Node 23.9).
 *
 * The kernel adds a running thread's time to that count only at its scheduler's events (a tick, or
 * the thread going to sleep), so a reading can lag by a tick (up to 10 ms). Each reading therefore
 * first sleeps for 50 µs, which brings the count up to date; the sleep is not CPU time, and a timed
 * run is between two readings, so neither reading's sleep falls inside it.
 */
export function threadCpuClock(): (() => number) | null {
  let fd: number;
  try {
    fd = openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    return null;
  }
  const buffer = Buffer.alloc(128);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const read = (): number => {
    Atomics.wait(pause, 0, 0, 0.05);
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    const first = buffer.toString('latin1', 0, length).split(' ')[0] ?? '';
    return Number(first) / 1e6;
  };
  if (!Number.isFinite(read()) || read() <= 0) {
    closeSync(fd);
    return null;
  }
  return read;
}
