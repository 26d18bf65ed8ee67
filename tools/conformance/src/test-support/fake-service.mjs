// A stand-in for `litellm --config ... --port N` in the lifecycle tests: it starts a child process of its own
// (to prove the whole process group is stopped), writes what it was given, and answers the readiness route
// the way FAKE_MODE says:
//   ready     200 {"status":"healthy","litellm_version":"0.0.0-fake"}
//   never     503 forever
//   exit      writes a line to stderr and exits with code 3 before listening
//   stubborn  like ready, but ignores SIGTERM (only SIGKILL ends it)
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import http from 'node:http';

const mode = process.env.FAKE_MODE ?? 'ready';
const argv = process.argv.slice(2);
const port = Number(argv[argv.indexOf('--port') + 1]);

if (mode === 'exit') {
  console.error('fake: the config could not be read');
  process.exit(3);
}
if (mode === 'stubborn') process.on('SIGTERM', () => console.error('fake: ignoring SIGTERM'));

const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
if (process.env.FAKE_RECORD) {
  const record = { argv, childPid: child.pid, cwd: process.cwd(), env: process.env };
  writeFileSync(process.env.FAKE_RECORD, JSON.stringify(record));
}
console.log(`fake: child ${child.pid} started`);

http
  .createServer((request, response) => {
    const healthy = mode !== 'never' && request.url === '/health/readiness';
    response.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
    response.end(JSON.stringify(healthy ? { status: 'healthy', litellm_version: '0.0.0-fake' } : { status: 'down' }));
  })
  .listen(port, '127.0.0.1');
