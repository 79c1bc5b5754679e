/** Node tests (engine, gateways, command line, browser end-to-end) and jsdom tests (task pane). */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/tests/ui/', '<rootDir>/tests/e2e/'],
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/tests/ui/**/*.test.ts?(x)'],
      setupFilesAfterEnv: ['<rootDir>/tests/ui/setup.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      slowTestThreshold: 60,
    },
  ],
};
