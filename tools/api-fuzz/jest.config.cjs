module.exports = { ...require('../../jest.preset.cjs'), displayName: 'api-fuzz', rootDir: __dirname };
