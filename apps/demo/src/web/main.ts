import { startPage } from './page';

// The page's entry point, bundled by tools/scripts/start-demo.mjs into web/app.js (a module script).
startPage(document);
