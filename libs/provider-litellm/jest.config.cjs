module.exports = { ...require('../../jest.preset.cjs'), displayName: 'provider-litellm', rootDir: __dirname };
