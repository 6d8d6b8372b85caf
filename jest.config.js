// Three test levels, told apart by file name (DESIGN.md "Tests"):
//   *.spec.ts      unit: pure code, no I/O
//   *.int-spec.ts  integration: real PostgreSQL, PGlite, broker
//   *.e2e-spec.ts  end to end over HTTP
// Type checking is done once by `npm run typecheck`; ts-jest only transpiles.
const shared = {
  testEnvironment: 'node',
  rootDir: __dirname,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@loanbook/domain$': '<rootDir>/libs/domain/src',
    '^@loanbook/domain/(.*)$': '<rootDir>/libs/domain/src/$1',
    '^@loanbook/accounting$': '<rootDir>/libs/accounting/src',
    '^@loanbook/accounting/(.*)$': '<rootDir>/libs/accounting/src/$1',
    '^@loanbook/banking$': '<rootDir>/libs/banking/src',
    '^@loanbook/banking/(.*)$': '<rootDir>/libs/banking/src/$1',
    '^@loanbook/documents$': '<rootDir>/libs/documents/src',
    '^@loanbook/documents/(.*)$': '<rootDir>/libs/documents/src/$1',
    '^@loanbook/locale$': '<rootDir>/libs/locale/src',
    '^@loanbook/locale/(.*)$': '<rootDir>/libs/locale/src/$1',
    '^@loanbook/reporting$': '<rootDir>/libs/reporting/src',
    '^@loanbook/reporting/(.*)$': '<rootDir>/libs/reporting/src/$1',
    '^@loanbook/messaging$': '<rootDir>/libs/messaging/src',
    '^@loanbook/messaging/(.*)$': '<rootDir>/libs/messaging/src/$1',
    '^@loanbook/event-store$': '<rootDir>/libs/event-store/src',
    '^@loanbook/event-store/(.*)$': '<rootDir>/libs/event-store/src/$1',
    '^@loanbook/projections$': '<rootDir>/libs/projections/src',
    '^@loanbook/projections/(.*)$': '<rootDir>/libs/projections/src/$1',
    '^@loanbook/testing$': '<rootDir>/test/support',
    '^@loanbook/testing/(.*)$': '<rootDir>/test/support/$1',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.js',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,test,scripts}/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'int',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.e2e-spec.ts'],
    },
  ],
};
