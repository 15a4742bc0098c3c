#!/usr/bin/env node
// Benchmark baseline "peer": the httpsnippet package converting the same requests (found by
// the floor's light extraction) to C# (HttpClient), Python (requests) and JavaScript (fetch).
// Requests it rejects are skipped and counted. Prints one JSON summary line on stdout.
// Usage: node scripts/bench-peer.mjs CORPUS_DIR
import { createRequire } from 'node:module';
import { requestsUnder } from './bench-extract.mjs';

const { HTTPSnippet } = createRequire(import.meta.url)('httpsnippet');
const TARGETS = [
  ['csharp', 'httpclient'],
  ['python', 'requests'],
  ['javascript', 'fetch'],
];
const BASE = 'https://graph.microsoft.com/v1.0';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node scripts/bench-peer.mjs CORPUS_DIR\n');
  process.exit(2);
}

function harRequest({ requestLine, headers, body }) {
  const parts = requestLine.split(/\s+/);
  const method = parts[0] ?? 'GET';
  let url = parts[1] ?? '/';
  if (!/^https?:\/\//i.test(url)) url = `${BASE}${url.startsWith('/') ? '' : '/'}${url}`;
  // httpsnippet validates the URL as an RFC 3986 URI; the docs' URLs have placeholders and
  // spaces (`{id}`, `{user-id | upn}`, `root:/My Folder:`). Percent-encode what is not
  // allowed so that it converts them too instead of rejecting half of the corpus.
  url = url.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu, (c) => encodeURIComponent(c));
  const contentType = headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? 'application/json';
  return {
    method,
    url,
    httpVersion: 'HTTP/1.1',
    headers,
    queryString: [],
    cookies: [],
    headersSize: -1,
    bodySize: -1,
    postData: body.length > 0 ? { mimeType: contentType, text: body } : { mimeType: '' },
  };
}

let requests = 0;
let rejected = 0;
let snippets = 0;
const failures = Object.fromEntries(TARGETS.map(([t]) => [t, 0]));
let characters = 0;
for (const request of requestsUnder(dir)) {
  requests++;
  let snippet;
  try {
    snippet = new HTTPSnippet(harRequest(request));
  } catch {
    rejected++;
    continue;
  }
  for (const [target, client] of TARGETS) {
    try {
      const code = snippet.convert(target, client);
      if (typeof code === 'string') {
        snippets++;
        characters += code.length;
      } else failures[target]++;
    } catch {
      failures[target]++;
    }
  }
}
process.stdout.write(`${JSON.stringify({ requests, rejected, snippets, failures, characters })}\n`);
