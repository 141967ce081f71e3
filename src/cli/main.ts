/**
 * Entry point of the command line (bundled into dist/cli/junheng.js by
 * scripts/build-cli.js; `npm run junheng` runs the bundle): wires the process's streams and files to
 * `runCli` and sets the exit status. All logic lives in run.ts; a failing
 * standard output is handled by streams.ts (a closed pipe ends quietly, a full
 * disk gets one sentence and exit status 1).
 */
import { readFileBounded } from './bounded-read';
import { writeFileAtomically } from './out-target';
import { EXIT, requestedLang, runCli } from './run';
import { guardedWrite, streamFailureText, type StreamState } from './streams';

// In the bundle, Node takes the libraries' old `new Buffer(string)` (archiver, under
// ExcelJS's streaming writer) for our own code and prints a deprecation warning a
// bureau clerk cannot act on; stderr is kept for sentences meant for the user.
process.noDeprecation = true;

const argv = process.argv.slice(2);
const stdoutState: StreamState = { failed: null };
const stderrState: StreamState = { failed: null };
const stderr = guardedWrite(process.stderr, stderrState, () => undefined);
const stdout = guardedWrite(process.stdout, stdoutState, (code) => {
  const text = streamFailureText(code, 'stdout', requestedLang(argv));
  if (text === null) return;
  stderr(`${text}\n`);
  process.exitCode = EXIT.unreadable;
});

runCli(argv, {
  stdout,
  stdoutBytes: stdout,
  stderr,
  readFile: readFileBounded,
  writeFile: writeFileAtomically,
  cwd: process.cwd(),
}).then((status) => {
  const stdoutFailed = stdoutState.failed !== null && stdoutState.failed !== 'EPIPE';
  process.exitCode = stdoutFailed ? EXIT.unreadable : status;
});
