/**
 * Reading a file the user named without trusting it: the size is checked
 * before reading and again while reading (a device such as /dev/zero, a pipe
 * or a growing file says size 0 and never ends), so no input can make the
 * command line read forever or fill memory.
 */
import { open } from 'fs/promises';
import type { L10n } from '../core/types';

/** Upper bounds on what the command line reads, in bytes. */
export const READ_LIMITS = {
  /** A school table of a few hundred thousand rows × a few dozen columns is far smaller, as .xlsx or .csv. */
  input: 100 * 1024 * 1024,
  /** The built-in rulesets are about 10 KB; a provincial one is of the same kind. */
  ruleset: 1024 * 1024,
} as const;

const TEXT = {
  tooLarge: {
    zh: '“{file}”超过 {limit} MB 的上限，没有读取。学校表通常不到 10 MB：请确认选择了正确的文件；如果是工作簿，请删去与学校表无关的工作表和内容后另存再试。',
    en: '"{file}" is over the {limit} MB limit and was not read. A school table is usually under 10 MB: check that you chose the right file; for a workbook, delete the sheets and content unrelated to the school table, save, and try again.',
  },
  notAFile: {
    zh: '“{file}”不是普通文件（是设备、管道或套接字），没有读取。请给出工作簿或 .csv 文件。',
    en: '"{file}" is not a regular file (a device, pipe or socket) and was not read. Give a workbook or .csv file.',
  },
} satisfies Record<string, L10n>;

/** A file refused before or while reading; `text` takes `{file}`. */
export class FileRefusedError extends Error {
  readonly code = 'EFBIG';
  constructor(
    readonly text: L10n,
    readonly params: Record<string, string | number>,
  ) {
    super(text.en);
    this.name = 'FileRefusedError';
  }
}

/**
 * The bytes of `path`, or a `FileRefusedError` when it is not a regular file or
 * is larger than `maxBytes` — found out before reading when the size is known,
 * and after reading at most `maxBytes + 1` bytes when it is not.
 *
 * @example
 * const bytes = await readFileBounded('县直.xlsx', READ_LIMITS.input);
 */
export async function readFileBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
    if (!info.isFile()) throw new FileRefusedError(TEXT.notAFile, {});
    const tooLarge = new FileRefusedError(TEXT.tooLarge, { limit: Math.round(maxBytes / 1024 / 1024) });
    if (info.size > maxBytes) throw tooLarge;
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.max(64 * 1024, Math.min(info.size, maxBytes) + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > maxBytes) throw tooLarge;
    }
    if (chunks.length === 1) return chunks[0];
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}
