import { startWorkbench } from './app.js';

/*
 * The workbench's entry: bundled with the library into one script inlined in dist/workbench.html
 * (scripts/build-workbench.ts). The page has no other script and loads nothing.
 */
const root = document.getElementById('app');
if (root !== null) startWorkbench(root, new Date());
