/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests', '<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  // office-addin-mock pulls in office-addin-manifest (and its network/usage-data code);
  // the mock only needs a tiny piece of it, so it is mapped to a local stub.
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/tests/stubs/office-addin-manifest.js',
    // jsdom tests resolve packages with browser export conditions, which would hand
    // ExcelJS the ESM-only browser build of uuid; the CommonJS build works in both.
    '^uuid$': require.resolve('uuid'),
  },
  testTimeout: 60000,
};
