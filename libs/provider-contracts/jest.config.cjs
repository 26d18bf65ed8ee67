module.exports = { ...require('../../jest.preset.cjs'), displayName: 'provider-contracts', rootDir: __dirname };
