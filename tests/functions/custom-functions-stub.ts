/**
 * The part of Excel's custom-functions runtime that src/functions uses,
 * installed as the global `CustomFunctions` so the functions import under jest,
 * and helpers to call them as Excel does.
 */

class StubError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

const stub = {
  Error: StubError,
  ErrorCode: {
    invalidValue: '#VALUE!',
    notAvailable: '#N/A',
    divisionByZero: '#DIV/0!',
    invalidNumber: '#NUM!',
    nullReference: '#NULL!',
    invalidName: '#NAME?',
    invalidReference: '#REF!',
  },
  associate: (): void => undefined,
};

(globalThis as unknown as { CustomFunctions: typeof stub }).CustomFunctions = stub;

/** A column range as Excel passes it: one single-cell row per value. */
export function column(...cells: unknown[]): unknown[][] {
  return cells.map((cell) => [cell]);
}

/** The invocation Excel passes to a function with @requiresParameterAddresses. */
export function at(...parameterAddresses: string[]): CustomFunctions.Invocation {
  return { parameterAddresses } as CustomFunctions.Invocation;
}

/** An invocation from an Excel that reports no addresses. */
export const NO_ADDRESSES = {} as CustomFunctions.Invocation;

/** The Excel error a call throws (fails the test when it returns normally or throws something else). */
export function excelError(call: () => unknown): CustomFunctions.Error {
  try {
    call();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return error;
    throw error;
  }
  throw new Error('expected an Excel error, the call returned normally');
}
