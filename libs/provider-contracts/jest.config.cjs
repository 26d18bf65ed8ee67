module.exports = { ...require('../../jest.preset.js'), displayName: 'provider-contracts', rootDir: __dirname };
