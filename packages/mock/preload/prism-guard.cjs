// Loaded into every Prism process with `node --require` (see src/prism.ts), before Prism itself.
//
// 1. Prism dies with its parent. The parent holds the write end of our stdin pipe; when it exits,
//    however it exits (SIGKILL of its whole group included), the pipe closes and we read EOF. The
//    parent pid is polled as well, in case something else keeps the pipe open.
// 2. A connection that sends nothing is closed after a header timeout. Node's own headersTimeout
//    only starts counting at a request's first byte, so a socket that never sends stays open
//    forever; every HTTP server this process starts gets an idle timer until its first byte.
'use strict';
const http = require('node:http');

const parent = process.ppid;
const exitWithParent = () => process.exit(0);
process.stdin.on('end', exitWithParent);
process.stdin.on('close', exitWithParent);
process.stdin.on('error', exitWithParent);
process.stdin.resume();
setInterval(() => {
  if (process.ppid !== parent) exitWithParent();
}, 1_000).unref();

const headerTimeoutMs = Number(process.env.ENGAGEKIT_MOCK_HEADER_TIMEOUT_MS) || 10_000;
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (...args) {
  this.headersTimeout = headerTimeoutMs;
  this.requestTimeout = Math.max(60_000, headerTimeoutMs);
  this.on('connection', (socket) => {
    socket.setTimeout(headerTimeoutMs, () => socket.destroy());
    socket.once('data', () => socket.setTimeout(0));
  });
  return listen.apply(this, args);
};
