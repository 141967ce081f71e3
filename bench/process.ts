/**
 * Runs one whole process and measures what a user waits for: its wall time and
 * its peak resident memory. Peak memory comes from GNU time (`/usr/bin/time`,
 * the largest process of the tree, e.g. LibreOffice's soffice.bin) when present,
 * else from polling /proc/<pid>/status (VmHWM) of the direct child.
 */
import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const GNU_TIME = '/usr/bin/time';

export interface ProcessRun {
  seconds: number;
  /** Peak resident set in MB, or null when it could not be measured. */
  peakMb: number | null;
  /** Null when the process exited 0; else the last line of its standard error, or why it was stopped. */
  failure: string | null;
}

export interface ProcessOptions {
  /** Standard output goes to this file (else it is discarded). */
  stdoutFile?: string;
  /** Stopped after this many seconds (default 20 minutes). */
  timeoutSeconds?: number;
}

/** How peak memory is measured on this machine, for the report. */
export function peakMemorySource(): string {
  return fs.existsSync(GNU_TIME) ? 'GNU time (maximum resident set of the process tree’s largest process)' : 'VmHWM of /proc/<pid>/status, polled every 20 ms';
}

function vmHwmKb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Runs `command args…` to completion. Never throws for a failing command: see `failure`. */
export function runProcess(command: string, args: readonly string[], options: ProcessOptions = {}): Promise<ProcessRun> {
  const gnuTime = fs.existsSync(GNU_TIME);
  const timeFile = path.join(os.tmpdir(), `junheng-bench-time-${process.pid}-${Date.now()}`);
  const [file, argv] = gnuTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, [...args]];
  const out = options.stdoutFile === undefined ? 'ignore' : fs.openSync(options.stdoutFile, 'w');
  const start = process.hrtime.bigint();
  const child = spawn(file, argv, { stdio: ['ignore', out, 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  let polledKb = 0;
  const poll = gnuTime ? null : setInterval(() => (polledKb = Math.max(polledKb, vmHwmKb(child.pid ?? -1) ?? 0)), 20);
  let timedOut = false;
  const timeout = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, (options.timeoutSeconds ?? 1200) * 1000);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      clearTimeout(timeout);
      if (poll !== null) clearInterval(poll);
      if (typeof out === 'number') fs.closeSync(out);
      let peakKb: number | null = polledKb > 0 ? polledKb : null;
      if (gnuTime && fs.existsSync(timeFile)) {
        const lines = fs.readFileSync(timeFile, 'utf8').trim().split('\n');
        const kb = Number(lines[lines.length - 1]);
        peakKb = Number.isFinite(kb) && kb > 0 ? kb : null;
        fs.rmSync(timeFile, { force: true });
      }
      const lastLine = stderr.trim().split('\n').filter((line) => !line.startsWith('Command exited with')).pop() ?? '';
      const failure = timedOut
        ? `stopped after ${options.timeoutSeconds ?? 1200} s`
        : code === 0
          ? null
          : lastLine || `exit ${code ?? signal}`;
      resolve({ seconds, peakMb: peakKb === null ? null : peakKb / 1024, failure });
    });
  });
}
