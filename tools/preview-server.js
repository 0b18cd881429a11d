#!/usr/bin/env node
/**
 * Serves the built preview page (node_modules/.cache/phuluc-preview/) on http://localhost:3001/
 * (PORT overrides; 0 picks a free port). Static files only, bound to the
 * loopback interface: nothing leaves the machine.
 *
 *   npm run preview          build, then serve
 *   PORT=8080 npm run preview
 */
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const { URL } = require('node:url');

const PREVIEW_DIR = path.join(__dirname, '..', 'node_modules', '.cache', 'phuluc-preview');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts the server; resolves with it and its address once it listens. */
function startPreviewServer({ root = PREVIEW_DIR, port = 3001 } = {}) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://localhost');
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(base, rel);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ server, port: actual, url: `http://127.0.0.1:${actual}/` });
    });
  });
}

module.exports = { startPreviewServer };

if (require.main === module) {
  const port = process.env.PORT === undefined ? 3001 : Number(process.env.PORT);
  const root = PREVIEW_DIR;
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error('The preview is not built: run `npm run build:preview` first (npm run preview does both).');
    process.exit(1);
  }
  startPreviewServer({ root, port }).then(
    ({ port: actual }) => console.log(`Preview: http://localhost:${actual}/  (Ctrl+C to stop)`),
    (err) => {
      console.error(`Could not listen on port ${port}: ${err.message}`);
      process.exit(1);
    },
  );
}
