import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export type CapturedResponse = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

/** The connection closed before the handler ended the response (the reader went away). */
export class ResponseClosedError extends Error {
  constructor() {
    super("The connection closed before the response ended");
    this.name = "ResponseClosedError";
  }
}

type WriteCallback = (error?: Error | null) => void;

function toBuffer(chunk: unknown, encoding?: BufferEncoding): Buffer {
  if (typeof chunk === "string") return Buffer.from(chunk, encoding ?? "utf8");
  // A copy: once the write callback has run, the writer may reuse its buffer.
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return Buffer.from(String(chunk));
}

function applyHeaders(res: ServerResponse, headers: unknown): void {
  if (!headers) return;
  if (Array.isArray(headers)) {
    // Either [[name, value], …] or a flat [name, value, name, value, …].
    const pairs: Array<[string, string | string[]]> = [];
    if (headers.length > 0 && Array.isArray(headers[0])) {
      for (const [name, value] of headers as Array<[string, string | string[]]>)
        pairs.push([String(name), value]);
    } else {
      for (let i = 0; i + 1 < headers.length; i += 2)
        pairs.push([String(headers[i]), headers[i + 1] as string]);
    }
    // As Node does: these replace earlier headers of the same name, but a repeated name (two
    // Set-Cookie lines) keeps every value.
    for (const [name] of pairs) res.removeHeader(name);
    for (const [name, value] of pairs) res.appendHeader(name, value);
    return;
  }
  for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) {
    if (value !== undefined) res.setHeader(name, value);
  }
}

/**
 * Runs Next's handler with `res` held back: status, headers and body are collected instead of
 * sent, so the front server can rewrite and keep the response before anything reaches the
 * reader. Streams piped into `res` work as usual (writes report no back-pressure); `finish`
 * fires once the caller sends the real response. If the connection closes first, Next aborts
 * its render without ending `res`, so the promise rejects with ResponseClosedError.
 */
export function captureResponse(
  handler: RequestHandler,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<CapturedResponse> {
  const chunks: Buffer[] = [];
  const original = {
    writeHead: res.writeHead,
    write: res.write,
    end: res.end,
    flushHeaders: res.flushHeaders,
  };

  return new Promise<CapturedResponse>((resolve, reject) => {
    let settled = false;
    const restore = () => {
      settled = true;
      res.off("close", onClose);
      Object.assign(res, original);
    };
    const onClose = () => {
      if (settled) return;
      restore();
      reject(new ResponseClosedError());
    };
    res.once("close", onClose);

    res.writeHead = function writeHead(status: number, ...rest: unknown[]) {
      res.statusCode = status;
      if (typeof rest[0] === "string") res.statusMessage = rest[0];
      applyHeaders(res, typeof rest[0] === "string" ? rest[1] : rest[0]);
      return res;
    } as ServerResponse["writeHead"];
    res.flushHeaders = () => {};
    res.write = function write(
      chunk: unknown,
      encoding?: BufferEncoding | WriteCallback,
      callback?: WriteCallback,
    ) {
      if (typeof encoding === "function") [callback, encoding] = [encoding, undefined];
      if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
      if (callback) process.nextTick(callback);
      return true;
    } as ServerResponse["write"];
    res.end = function end(
      chunk?: unknown,
      encoding?: BufferEncoding | WriteCallback,
      callback?: WriteCallback,
    ) {
      if (typeof chunk === "function") [callback, chunk] = [chunk as WriteCallback, undefined];
      if (typeof encoding === "function") [callback, encoding] = [encoding, undefined];
      if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
      if (callback) res.once("finish", () => callback?.());
      restore();
      resolve({ status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) });
      return res;
    } as ServerResponse["end"];

    Promise.resolve()
      .then(() => handler(req, res))
      .catch((error: unknown) => {
        if (settled) return;
        restore();
        reject(error);
      });
  });
}
