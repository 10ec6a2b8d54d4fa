// One HTTP GET, no redirects followed: the status, the headers and at most maxBytes of the
// DECOMPRESSED body. Inflation stops at the cap, so a compression bomb costs maxBytes, no more.
import * as http from 'node:http';
import * as https from 'node:https';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import { FetchFailure } from '../core/crawl/crawl-types.js';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  truncated: boolean;
}

export interface RequestOptions {
  headers: Record<string, string>;
  maxBytes: number;
  /** Aborts the request (the fetcher's timeout); rejects with a 'timeout' FetchFailure. */
  signal: AbortSignal;
  timeoutMs: number;
  /** Read the body? False for redirects and declared binary types: nothing is downloaded. */
  wantBody: (status: number, headers: IncomingHttpHeaders) => boolean;
}

export function requestOnce(url: URL, opts: RequestOptions): Promise<RawResponse> {
  return new Promise<RawResponse>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    let res: IncomingMessage | undefined;
    let inflate: Transform | undefined;
    /** `complete`: the whole response was read, so the connection can be reused (keep-alive). */
    const settle = (done: () => void, complete = false): void => {
      if (settled) return;
      settled = true;
      opts.signal.removeEventListener('abort', onAbort);
      done();
      if (complete) return;
      // Stop everything still running: the rest of the body is not wanted.
      inflate?.destroy();
      res?.destroy();
      req.destroy();
    };
    const fail = (err: FetchFailure): void => settle(() => reject(err));
    const succeed = (truncated: boolean, complete = false): void =>
      settle(() => resolve({ status: res?.statusCode ?? 0, headers: res?.headers ?? {}, body: Buffer.concat(chunks, size), truncated }), complete);
    function onAbort(): void {
      const phase = res ? `after ${size} bytes of body` : 'before the response headers';
      fail(new FetchFailure(`timeout: no complete response within ${opts.timeoutMs} ms (${phase})`, 'timeout'));
    }

    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(url, { method: 'GET', headers: opts.headers }, (response) => {
      res = response;
      const status = response.statusCode ?? 0;
      if (!opts.wantBody(status, response.headers)) return succeed(false);
      const take = (chunk: Buffer): void => {
        if (settled) return;
        const room = opts.maxBytes - size;
        if (chunk.length > room) {
          chunks.push(chunk.subarray(0, room));
          size += room;
          return succeed(true);
        }
        chunks.push(chunk);
        size += chunk.length;
      };
      const encoding = String(response.headers['content-encoding'] ?? '')
        .trim()
        .toLowerCase();
      if (encoding === '' || encoding === 'identity') {
        response.on('data', take);
        response.on('end', () => succeed(false, true));
      } else {
        const made = decompressor(encoding);
        if (!made) return fail(new FetchFailure(`unsupported content-encoding '${encoding}'`, 'other'));
        inflate = made;
        made.on('data', take);
        made.on('end', () => succeed(false, true));
        let compressed = 0;
        response.on('data', (chunk: Buffer) => (compressed += chunk.length));
        // An empty body labelled gzip (a 404 or a redirect from some servers) is empty, not corrupt.
        made.on('error', (e) => (compressed === 0 ? succeed(false, true) : fail(new FetchFailure(`corrupt ${encoding} body: ${e.message}`, 'other'))));
        response.pipe(made);
      }
      // A connection that closes before the body is complete: a network failure, not a page.
      // (Returning the part that arrived would report a page without its footer, where contacts often are.)
      response.on('close', () => {
        if (!response.complete) fail(new FetchFailure(`connection closed after ${size} bytes, before the body was complete`, 'network'));
      });
      response.on('error', (e) => fail(networkFailure(e)));
    });
    req.on('error', (e) => fail(networkFailure(e)));
    if (opts.signal.aborted) return onAbort();
    opts.signal.addEventListener('abort', onAbort);
    req.end();
  });
}

function decompressor(encoding: string): Transform | undefined {
  if (encoding === 'gzip' || encoding === 'x-gzip') return zlib.createGunzip();
  // Servers send both zlib-wrapped and raw deflate as "deflate"; Unzip handles the wrapped form, the raw one is rare.
  if (encoding === 'deflate') return zlib.createUnzip();
  if (encoding === 'br') return zlib.createBrotliDecompress();
  return undefined;
}

function networkFailure(err: Error & { code?: string }): FetchFailure {
  if (err instanceof FetchFailure) return err;
  return new FetchFailure(err.code ? `${err.code}: ${err.message}` : err.message, 'network');
}
