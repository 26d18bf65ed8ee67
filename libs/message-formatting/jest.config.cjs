module.exports = { ...require('../../jest.preset.js'), displayName: 'message-formatting', rootDir: __dirname };
