module.exports = { ...require('../../jest.preset.cjs'), displayName: 'provider-openai-compatible', rootDir: __dirname };
