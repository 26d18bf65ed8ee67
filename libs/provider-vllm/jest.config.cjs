module.exports = { ...require('../../jest.preset.cjs'), displayName: 'provider-vllm', rootDir: __dirname };
