module.exports = { ...require('../../jest.preset.cjs'), displayName: 'message-formatting', rootDir: __dirname };
