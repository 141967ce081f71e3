/**
 * Entry point of `npm run junheng`: wires the process's streams and files to
 * `runCli` and sets the exit status. All logic lives in run.ts.
 */
import { readFile } from 'fs/promises';
import { writeFileAtomically } from './out-target';
import { runCli } from './run';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: writeFileAtomically,
  cwd: process.cwd(),
}).then((status) => {
  process.exitCode = status;
});
