/**
 * The command line's I/O over an in-memory folder, for tests: what it prints
 * is gathered, what it writes is kept, and a path not in the folder is ENOENT.
 */
import type { CliIo } from '../../src/cli/run';

export interface MemoryOutput {
  stdout: string;
  stderr: string;
  written: Map<string, Uint8Array>;
}

/**
 * I/O reading `folder` (full paths) with `cwd` as the working folder.
 *
 * @example
 * const { io, out } = memoryIo(new Map([['/county/a.csv', bytes]]), '/county');
 * await runCli(['analyze', 'a.csv'], io); // out.stdout holds the summary
 */
export function memoryIo(folder: ReadonlyMap<string, Uint8Array>, cwd: string): { io: CliIo; out: MemoryOutput } {
  const out: MemoryOutput = { stdout: '', stderr: '', written: new Map() };
  const io: CliIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    readFile: async (path) => {
      const bytes = folder.get(path);
      if (bytes === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
      return bytes;
    },
    writeFile: async (path, bytes) => {
      out.written.set(path, bytes);
    },
    cwd,
  };
  return { io, out };
}
