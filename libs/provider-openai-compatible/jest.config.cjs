module.exports = { ...require('../../jest.preset.js'), displayName: 'provider-openai-compatible', rootDir: __dirname };
