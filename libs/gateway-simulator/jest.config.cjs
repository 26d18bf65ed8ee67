module.exports = { ...require('../../jest.preset.js'), displayName: 'gateway-simulator', rootDir: __dirname };
