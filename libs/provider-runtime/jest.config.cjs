module.exports = { ...require('../../jest.preset.cjs'), displayName: 'provider-runtime', rootDir: __dirname };
