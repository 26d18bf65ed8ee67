module.exports = { ...require('../../jest.preset.js'), displayName: 'schema-properties', rootDir: __dirname };
