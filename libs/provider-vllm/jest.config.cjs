module.exports = { ...require('../../jest.preset.js'), displayName: 'provider-vllm', rootDir: __dirname };
