/** @type {import('jest').Config} */
const shared = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }],
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
};

module.exports = {
  testTimeout: 30000,
  projects: [
    {
      ...shared,
      displayName: 'svarstid',
      roots: ['<rootDir>/tests', '<rootDir>/src'],
      // Component tests (tests/ui/*.test.tsx) run in jsdom (their own docblock says so).
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      setupFiles: ['<rootDir>/tests/ui/support/jsdomGlobals.ts'],
    },
    {
      // The worker's integration tests once more against the strict emulator profile (delta
      // $expand refused, list values cut at 255 characters, pages of 50): the worker must be
      // right whichever way Exchange behaves. tenantSafety runs both profiles itself.
      ...shared,
      displayName: 'worker, strict emulator',
      roots: ['<rootDir>/tests/worker'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/labeller\\.test\\.ts$', '/tenantSafety\\.test\\.ts$', '/msal\\.test\\.ts$', '/cli\\.test\\.ts$', '/deployment\\.test\\.ts$'],
      setupFiles: ['<rootDir>/tests/worker/support/strictProfile.ts'],
    },
  ],
};
