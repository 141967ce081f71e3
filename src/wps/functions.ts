/**
 * The JUNHENG functions in WPS 表格: the implementations Excel uses
 * (src/functions/functions.ts), registered with `wps.AddCustomFunction` under
 * their ids and their Chinese names, with the entries the build generates from
 * the same JSDoc and translations (scripts/functions-wps.js).
 *
 * WPS calls them synchronously with the arguments in order and no invocation
 * (no cell addresses, so messages name a cell by its place in the range). An
 * omitted optional argument arrives as missing or as -2147352572 (VBA's
 * "parameter not found"); it becomes null, as Excel passes it. Errors become
 * the text WPS can show in the cell: the error code, then the bilingual message.
 */
import './custom-functions-shim';

/** One registration: the formula name, its metadata, and which implementation. */
export interface WpsFunctionEntry {
  /** The contract id, e.g. COEFVAR. */
  id: string;
  /** The export of src/functions/functions.ts that implements it. */
  functionName: string;
  /** The name in formulas after the namespace: COEFVAR or 差异系数. */
  name: string;
  description: string;
  parameters: { name: string; description: string; type: string }[];
  result: { type: string };
}

/** The part of `window.wps` that registers functions. */
export interface WpsFunctionHost {
  AddCustomFunction(namespace: string, name: string, fn: (...args: unknown[]) => unknown, metadata?: object): void;
}

/** The namespace in formulas, as in Excel: JUNHENG.COEFVAR. */
export const NAMESPACE = 'JUNHENG';

/** VBA's DISP_E_PARAMNOTFOUND, which COM hosts pass for an omitted optional argument. */
export const MISSING_ARGUMENT = -2147352572;

type Implementation = (...args: unknown[]) => unknown;

/**
 * An argument as the implementation expects it: null when omitted; a range
 * parameter (`any[][]`) always as a 2-D array, a typed value as 1 × 1.
 *
 * @example
 * wpsArgument(undefined, 'any?');  // null
 * wpsArgument(12, 'any[][]');      // [[12]]
 */
export function wpsArgument(value: unknown, type: string): unknown {
  if (value === undefined || value === null || value === MISSING_ARGUMENT) return null;
  if (type.replace('?', '').endsWith('[][]') && !Array.isArray(value)) return [[value]];
  return value;
}

/**
 * What a cell shows for a failure: the error code WPS users know, then the
 * message Excel would show on hover ('#VALUE! 学段写错了… / …'); an unexpected
 * failure is a #VALUE! with its message.
 *
 * @example
 * wpsErrorText(new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero)); // '#DIV/0!'
 */
export function wpsErrorText(error: unknown): string {
  if (error instanceof CustomFunctions.Error) return error.message ? `${error.code} ${error.message}` : String(error.code);
  return `${CustomFunctions.ErrorCode.invalidValue} ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * The function WPS calls for an entry.
 *
 * @example
 * wpsCallable(coefVar, entry)([[6.2], [3.7]], [[45], [37]]); // 0.25…
 */
export function wpsCallable(implementation: Implementation, entry: WpsFunctionEntry): (...args: unknown[]) => unknown {
  const callable = (...args: unknown[]): unknown => {
    const values = entry.parameters.map((parameter, k) => wpsArgument(args[k], parameter.type));
    try {
      // The arguments are the function's own few parameters, then the invocation.
      const result = implementation.apply(null, [...values, {}]);
      if (!Array.isArray(result)) return result;
      // Spilled results carry errors cell by cell (a school with 0 pupils is #DIV/0! in its row).
      return result.map((row: unknown) =>
        Array.isArray(row) ? row.map((cell) => (cell instanceof CustomFunctions.Error ? wpsErrorText(cell) : cell)) : row,
      );
    } catch (error) {
      return wpsErrorText(error);
    }
  };
  return callable;
}

/**
 * Registers every entry with WPS; returns how many names were registered.
 *
 * @example
 * registerWpsFunctions(wps, __JUNHENG_WPS_FUNCTIONS__, implementations); // 22
 */
export function registerWpsFunctions(
  host: WpsFunctionHost,
  entries: readonly WpsFunctionEntry[],
  implementations: Record<string, unknown>,
): number {
  for (const entry of entries) {
    const implementation = implementations[entry.functionName];
    if (typeof implementation !== 'function') throw new Error(`${entry.id}: ${entry.functionName} is not a function`);
    const { description, parameters, result } = entry;
    host.AddCustomFunction(NAMESPACE, entry.name, wpsCallable(implementation as Implementation, entry), { description, parameters, result });
  }
  return entries.length;
}
