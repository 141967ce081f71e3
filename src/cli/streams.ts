/**
 * Standard output that may fail under the command line: `… --json | head`
 * closes the pipe early (EPIPE), `> /dev/full` fills the disk (ENOSPC). A
 * closed pipe ends the output quietly — the reader has all it wanted; any
 * other failure is told in one sentence on stderr and makes the exit status 1.
 * Either way the rest of the run (an `--out` copy) still happens and nothing
 * more is written to the failed stream.
 */
import { phrase } from '../core/present';
import type { L10n, Lang } from '../core/types';

const TEXT = {
  diskFull: {
    zh: '输出没有写完：磁盘已满（{target}）。请腾出空间，或把输出重定向到其他位置后再试。',
    en: 'The output was not written in full: the disk is full ({target}). Free some space or redirect the output elsewhere, then try again.',
  },
  writeFailed: {
    zh: '输出没有写完：{target} 无法写入（{code}）。请检查输出重定向的位置后再试。',
    en: 'The output was not written in full: {target} could not be written ({code}). Check where the output is redirected and try again.',
  },
} satisfies Record<string, L10n>;

/** What became of a guarded stream. */
export interface StreamState {
  /** The error code that stopped writing (`EPIPE`, `ENOSPC`, …), or null while it works. */
  failed: string | null;
}

/**
 * The one sentence for a failed output stream; null for a closed pipe, which
 * is no failure of ours.
 *
 * @example
 * streamFailureText('ENOSPC', 'stdout', 'en'); // 'The output was not written in full: the disk is full (stdout). …'
 * streamFailureText('EPIPE', 'stdout', 'zh');  // null
 */
export function streamFailureText(code: string, target: string, lang: Lang): string | null {
  if (code === 'EPIPE') return null;
  if (code === 'ENOSPC') return phrase(TEXT.diskFull, lang, { target });
  return phrase(TEXT.writeFailed, lang, { target, code });
}

interface Writable {
  write(chunk: string | Uint8Array): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'EIO';
}

/**
 * A write function for `stream` that stops at the first error, whether thrown
 * or emitted, and calls `onFailure` once with its code.
 *
 * @example
 * const state = { failed: null };
 * const write = guardedWrite(process.stdout, state, (code) => report(code));
 */
export function guardedWrite(stream: Writable, state: StreamState, onFailure: (code: string) => void): (chunk: string | Uint8Array) => void {
  const fail = (error: unknown): void => {
    if (state.failed !== null) return;
    state.failed = errorCode(error);
    onFailure(state.failed);
  };
  stream.on('error', fail);
  return (chunk) => {
    if (state.failed !== null) return;
    try {
      stream.write(chunk);
    } catch (error) {
      fail(error);
    }
  };
}
