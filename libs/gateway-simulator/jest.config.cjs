module.exports = { ...require('../../jest.preset.cjs'), displayName: 'gateway-simulator', rootDir: __dirname };
