// captureResponse's test harness (shared by capture.*.test.ts): a real HTTP server and client,
// and a handler that captures a fake Next's response and proves nothing reached the client early.
// Each test file closes the server with `afterEach(closeServer)`.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "vitest";
import { captureResponse, type CapturedResponse, type RequestHandler } from "./capture";

export type Received = {
  status: number;
  statusMessage: string;
  headers: http.IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
};

let server: http.Server | undefined;

/** For `afterEach`, or to start another server within a test. */
export async function closeServer() {
  if (!server) return;
  const closing = server;
  server = undefined;
  closing.closeAllConnections();
  await new Promise((resolve) => closing.close(resolve));
}

export async function listen(handler: (req: IncomingMessage, res: ServerResponse) => unknown): Promise<number> {
  server = http.createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

export function request(
  port: number,
  path = "/",
): { done: Promise<Received>; req: http.ClientRequest; responded: () => boolean } {
  let responded = false;
  const req = http.request({ host: "127.0.0.1", port, path, agent: false });
  const done = new Promise<Received>((resolve, reject) => {
    req.on("response", (res) => {
      responded = true;
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode!,
          statusMessage: res.statusMessage!,
          headers: res.headers,
          rawHeaders: res.rawHeaders,
          body: Buffer.concat(chunks),
        }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
  });
  req.end();
  return { done, req, responded: () => responded };
}

export const tick = () => new Promise((resolve) => setImmediate(resolve));
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type Observed = {
  captured: CapturedResponse;
  headersSentAfterCapture: boolean;
  bytesWrittenAfterCapture: number;
  bytesWrittenBeforeSend: number;
};

/**
 * A server whose handler captures `fake`, waits a little to prove nothing leaks to the client,
 * then sends the captured response itself through the restored `res`.
 */
export async function captureThrough(
  fake: RequestHandler,
  send?: (res: ServerResponse, captured: CapturedResponse) => void,
) {
  let observed: Observed | undefined;
  let clientSawResponseBeforeSend: boolean | undefined;
  const clients: Array<ReturnType<typeof request>> = [];
  const port = await listen(async (req, res) => {
    const captured = await captureResponse(fake, req, res);
    const headersSentAfterCapture = res.headersSent;
    const bytesWrittenAfterCapture = req.socket.bytesWritten;
    await sleep(30);
    clientSawResponseBeforeSend = clients[0]!.responded();
    observed = {
      captured,
      headersSentAfterCapture,
      bytesWrittenAfterCapture,
      bytesWrittenBeforeSend: req.socket.bytesWritten,
    };
    if (send) send(res, captured);
    else res.end(captured.body);
  });
  clients.push(request(port));
  const received = await clients[0]!.done;
  return { observed: observed!, received, clientSawResponseBeforeSend };
}

export function expectNothingSentEarly(result: Awaited<ReturnType<typeof captureThrough>>) {
  expect(result.observed.headersSentAfterCapture).toBe(false);
  expect(result.observed.bytesWrittenAfterCapture).toBe(0);
  expect(result.observed.bytesWrittenBeforeSend).toBe(0);
  expect(result.clientSawResponseBeforeSend).toBe(false);
}
