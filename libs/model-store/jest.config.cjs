module.exports = { ...require('../../jest.preset.js'), displayName: 'model-store', rootDir: __dirname };
