module.exports = { ...require('../../jest.preset.cjs'), displayName: 'model-store', rootDir: __dirname };
