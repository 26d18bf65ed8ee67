import nx from '@nx/eslint-plugin';

/** Layers point one way: contracts <- domain <- provider <- runtime <- app. */
const layerConstraints = [
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
  {
    sourceTag: 'type:provider',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:provider'],
  },
  {
    sourceTag: 'type:runtime',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:provider', 'type:runtime'],
  },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:testing'] },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:provider', 'type:runtime', 'type:testing'],
  },
  {
    sourceTag: 'type:tool',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:provider', 'type:runtime', 'type:testing'],
  },
];

/** Only the provider layer talks to the openai SDK; the lower layers must stay browser-safe. */
const bannedImports = {
  'type:contracts': ['openai', 'fastify', 'pino', 'inversify'],
  'type:domain': ['openai', 'fastify', 'pino'],
  'type:runtime': ['openai', 'fastify'],
};

/**
 * Libraries speak to OpenTelemetry through `@opentelemetry/api` only: the SDK and its exporters are the app's
 * choice (the demo wires them from OTEL_*), and tests use the SDK's in-memory exporters.
 */
const otelSdk = ['@opentelemetry/sdk-*', '@opentelemetry/exporter-*', '@opentelemetry/context-*', '@opentelemetry/resources'];
const libraryTags = ['type:contracts', 'type:domain', 'type:provider', 'type:runtime'];

const withBans = (constraints, { sdk } = { sdk: true }) =>
  constraints.map((c) => {
    const banned = [...(bannedImports[c.sourceTag] ?? []), ...(sdk && libraryTags.includes(c.sourceTag) ? otelSdk : [])];
    return banned.length > 0 ? { ...c, bannedExternalImports: banned } : c;
  });

/** Test files may also use the gateway simulator (type:testing); library code never does. */
const withTesting = (constraints) =>
  constraints.map((c) =>
    c.onlyDependOnLibsWithTags.includes('type:testing')
      ? c
      : { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:testing'] },
  );

const boundaries = (constraints) => [
  'error',
  { enforceBuildableLibDependency: false, allow: [], depConstraints: constraints },
];

export default [
  { ignores: ['**/node_modules', '**/dist', '**/tmp', '**/.nx', '**/*.cjs', '**/*.mjs', '**/public/*.js'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(withBans(layerConstraints)),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/test-support/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(withBans(withTesting(layerConstraints), { sdk: false })),
    },
  },
  {
    files: ['libs/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/test-support/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Library code takes configuration through the container; read the environment at the app edge.',
        },
      ],
      'no-console': ['error'],
    },
  },
  {
    files: [
      'libs/provider-contracts/**/*.ts',
      'libs/message-formatting/**/*.ts',
      'libs/model-registry/**/*.ts',
      'libs/model-store/**/*.ts',
      'libs/telemetry/**/*.ts',
    ],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Contracts and domain libraries must stay browser-safe.' }] },
      ],
    },
  },
  {
    files: ['**/*.spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];

