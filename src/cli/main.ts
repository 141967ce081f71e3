/**
 * Entry point of `npm run junheng`: wires the process's streams and files to
 * `runCli` and sets the exit status. All logic lives in run.ts.
 */
import { mkdir, readFile, writeFile } from 'fs/promises';
import { dirname } from 'path';
import { runCli } from './run';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: async (path, bytes) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  },
  cwd: process.cwd(),
}).then((status) => {
  process.exitCode = status;
});
