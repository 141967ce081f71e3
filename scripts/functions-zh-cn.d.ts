// Types of scripts/functions-zh-cn.js, for the tests that import it.

export interface ParameterMetadata {
  name: string;
  description?: string;
  [key: string]: unknown;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  [key: string]: unknown;
}

export interface Metadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}

export interface Translation {
  name: string;
  description: string;
  parameters?: Record<string, { name: string; description: string }>;
}

export type Translations = Record<string, Translation>;

export function localizeMetadata(metadata: Metadata, translations: Translations): Metadata;
export function functionNameProblem(name: unknown): string | null;
export function parameterNameProblem(name: unknown): string | null;

export class FunctionsZhCnPlugin {
  constructor(options: { translations: string; source?: string; output?: string });
  apply(compiler: unknown): void;
}
