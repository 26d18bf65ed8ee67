module.exports = { ...require('../../jest.preset.cjs'), displayName: 'scale', rootDir: __dirname };
