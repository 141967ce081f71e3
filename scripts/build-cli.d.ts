/** Types of scripts/build-cli.js for the TypeScript that imports it (bench/). */
export const BUNDLE: string;
export const PROGRAM_BUNDLE: string;
export const EXCELJS_BUNDLE: string;
export function asciiOnly(text: string): string;
export function buildCli(): void;
export function buildLauncher(outfile: string, digest: string): void;
export function cliIsStale(): boolean;
