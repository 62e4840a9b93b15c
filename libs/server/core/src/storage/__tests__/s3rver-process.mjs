// A real s3rver for the storage tests, in its own process (so its memory is not counted in the
// upload measurements, and its logger's process hooks stay out of the test worker).
//
//   node s3rver-process.mjs <directory> <bucket> [enforce-if-none-match]
//
// Listens on 127.0.0.1 on a free port and sends { port } over IPC; answers { type: 'memory' }
// with its process.memoryUsage(); exits when the parent disconnects.
//
// s3rver 3.7 ignores `If-None-Match: *` on writes (it overwrites). With `enforce-if-none-match`,
// a thin front answers 412 PreconditionFailed (like AWS S3 / MinIO) to a PutObject or a
// CompleteMultipartUpload carrying `If-None-Match: *` when the key exists, so that the race
// "key written between HeadObject and the write" can be tested against the wire protocol.
import http from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const S3rver = require('s3rver');

const [directory, bucket, mode] = process.argv.slice(2);
const enforceIfNoneMatch = mode === 'enforce-if-none-match';

const s3rver = new S3rver({ silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
await s3rver.configureBuckets();
const handle = s3rver.callback();

const server = http.createServer((req, res) => {
  if (enforceIfNoneMatch && req.headers['if-none-match'] === '*' && (req.method === 'PUT' || req.method === 'POST')) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, reqBucket, ...rest] = url.pathname.split('/');
    const key = rest.map(decodeURIComponent).join('/');
    const isWrite = req.method === 'PUT' ? !url.searchParams.has('uploadId') : url.searchParams.has('uploadId');
    if (isWrite && key) {
      s3rver.store.existsObject(reqBucket, key).then((exists) => {
        if (!exists) return handle(req, res);
        req.resume();
        res.writeHead(412, { 'content-type': 'application/xml' });
        res.end(
          '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>PreconditionFailed</Code>' +
            '<Message>At least one of the pre-conditions you specified did not hold</Message>' +
            '<Condition>If-None-Match</Condition></Error>',
        );
      }, (error) => {
        res.writeHead(500);
        res.end(String(error));
      });
      return;
    }
  }
  handle(req, res);
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
});

process.on('message', (message) => {
  if (message && message.type === 'memory') process.send?.({ type: 'memory', usage: process.memoryUsage() });
});
process.on('disconnect', () => process.exit(0));
