module.exports = { ...require('../../jest.preset.js'), displayName: 'provider-litellm', rootDir: __dirname };
