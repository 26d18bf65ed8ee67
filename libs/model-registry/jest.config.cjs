module.exports = { ...require('../../jest.preset.cjs'), displayName: 'model-registry', rootDir: __dirname };
