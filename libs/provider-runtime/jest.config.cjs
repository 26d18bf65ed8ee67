module.exports = { ...require('../../jest.preset.js'), displayName: 'provider-runtime', rootDir: __dirname };
