module.exports = { ...require('../../jest.preset.cjs'), displayName: 'schema-properties', rootDir: __dirname };
