module.exports = { ...require('../../jest.preset.js'), displayName: 'scale', rootDir: __dirname };
