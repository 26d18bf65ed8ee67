// Tests build containers themselves, so they load the metadata polyfill the way a composition root would.
require('reflect-metadata');
