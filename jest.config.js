/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true } } }],
    // temporal-polyfill (and its helpers) and entities ship only as ES modules;
    // jest on Node 20 cannot require() them, so swc turns them into CommonJS.
    '^.+/node_modules/(temporal-polyfill|temporal-spec|temporal-utils|entities)/.+\\.m?js$': [
      '@swc/jest',
      { jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(temporal-polyfill|temporal-spec|temporal-utils|entities)/)'],
  // office-addin-mock needs only office-addin-manifest's OfficeApp enum (TOOLCHAIN.md).
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/tests/support/officeAddinManifestStub.js' },
  testTimeout: 30000,
};
