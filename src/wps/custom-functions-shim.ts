/**
 * WPS has no `CustomFunctions` global; the shared implementations build their
 * errors with it (src/functions/errors.ts). This installs the two members they
 * use, with the error codes as the cell shows them, unless a host provides them.
 */
class CustomFunctionError {
  constructor(
    readonly code: string,
    readonly message: string = '',
  ) {}
}

const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

const scope = globalThis as unknown as { CustomFunctions?: unknown };
if (scope.CustomFunctions === undefined) scope.CustomFunctions = { Error: CustomFunctionError, ErrorCode: ERROR_CODES };
