// Shared jest settings: swc transforms TypeScript (with decorator metadata for inversify) and the
// tsconfig path aliases resolve to each project's public entry, exactly as the type-checker sees them.
// inversify 8 with its @inversifyjs/* packages, and cookie 2 (through fastify's inject), ship ES modules
// only, and jest's module registry is CommonJS here, so swc transforms them too; every other package
// under node_modules is left as it is.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/\\^$*+?.()|[\]{}-]/g, '\\$&')}$`,
    path.join(__dirname, target),
  ]),
);

module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper,
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(inversify|@inversifyjs/[^/]+|cookie)/)'],
  setupFiles: [path.join(__dirname, 'tools/jest/setup.cjs')],
  errorOnDeprecated: true,
  testTimeout: 20000,
};
