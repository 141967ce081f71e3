// Types of scripts/functions-wps.js, for the code and tests that import it.
import type { WpsFunctionEntry } from '../src/wps/functions';

export const NAMESPACE: string;
export function wpsType(meta: { type?: string; dimensionality?: string; optional?: boolean }): string;
export function wpsFunctionEntries(metadata: unknown, associate: { id: string; functionName: string }[], translations: unknown): WpsFunctionEntry[];
export function wpsFunctionsJson(entries: WpsFunctionEntry[]): string;
export function wpsFunctionTable(source: string, translationsFile: string): Promise<WpsFunctionEntry[]>;
export class FunctionsWpsPlugin {
  constructor(options: { entries: WpsFunctionEntry[]; output: string });
  apply(compiler: unknown): void;
}
