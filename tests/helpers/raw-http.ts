/**
 * HTTP requests sent byte for byte as written: a browser or fetch() would clean up `/../`,
 * `%2e%2e` or a backslash before sending, and an attacker does not. Used by the local-server
 * and deployment tests.
 */
import { connect } from 'node:net';

/** What came back. */
export interface RawResponse {
  status: number;
  /** Header names in lower case; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
}

/** Options of one request. */
export interface RawRequest {
  port: number;
  /** The request target exactly as sent, e.g. `/..%2fsecret.txt`. */
  target: string;
  method?: string;
  host?: string;
  /** The Host header; `host:port` unless given. */
  hostHeader?: string;
  headers?: Record<string, string>;
  /** Local address to connect from (any 127.x.x.x works on Linux). */
  localAddress?: string;
  timeoutMs?: number;
}

function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const end = data.indexOf('\r\n', at);
    if (end < 0) break;
    const size = parseInt(data.subarray(at, end).toString('latin1'), 16);
    if (!size) break;
    parts.push(data.subarray(end + 2, end + 2 + size));
    at = end + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** Send one request on a new connection (closed after it) and read the whole response. */
export function rawRequest(options: RawRequest): Promise<RawResponse> {
  const { port, target, method = 'GET', host = '127.0.0.1', headers = {}, timeoutMs = 5000 } = options;
  const lines = [`${method} ${target} HTTP/1.1`, `Host: ${options.hostHeader ?? `${host}:${port}`}`, 'Connection: close'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return new Promise((ok, fail) => {
    const socket = connect({ port, host, localAddress: options.localAddress });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      fail(new Error(`no complete answer to ${method} ${target} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('connect', () => socket.write(`${lines.join('\r\n')}\r\n\r\n`));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const data = Buffer.concat(chunks);
      const split = data.indexOf('\r\n\r\n');
      if (split < 0) return fail(new Error(`no HTTP answer to ${method} ${target}: ${JSON.stringify(data.toString('latin1'))}`));
      const [statusLine = '', ...headerLines] = data.subarray(0, split).toString('latin1').split('\r\n');
      const parsed: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        parsed[name] = parsed[name] === undefined ? value : `${parsed[name]}, ${value}`;
      }
      let body: Buffer = data.subarray(split + 4);
      if (/chunked/i.test(parsed['transfer-encoding'] ?? '')) body = dechunk(body);
      ok({ status: Number(statusLine.split(' ')[1]), headers: parsed, body });
    });
  });
}
