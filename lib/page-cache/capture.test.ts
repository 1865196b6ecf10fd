import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pipeline, Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { captureResponse, ResponseClosedError, type CapturedResponse, type RequestHandler } from "./capture";

type Received = {
  status: number;
  statusMessage: string;
  headers: http.IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
};

let server: http.Server | undefined;

async function closeServer() {
  if (!server) return;
  const closing = server;
  server = undefined;
  closing.closeAllConnections();
  await new Promise((resolve) => closing.close(resolve));
}

afterEach(closeServer);

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => unknown): Promise<number> {
  server = http.createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function request(
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

const tick = () => new Promise((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Observed = {
  captured: CapturedResponse;
  headersSentAfterCapture: boolean;
  bytesWrittenAfterCapture: number;
  bytesWrittenBeforeSend: number;
};

/**
 * A server whose handler captures `fake`, waits a little to prove nothing leaks to the client,
 * then sends the captured response itself through the restored `res`.
 */
async function captureThrough(
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

function expectNothingSentEarly(result: Awaited<ReturnType<typeof captureThrough>>) {
  expect(result.observed.headersSentAfterCapture).toBe(false);
  expect(result.observed.bytesWrittenAfterCapture).toBe(0);
  expect(result.observed.bytesWrittenBeforeSend).toBe(0);
  expect(result.clientSawResponseBeforeSend).toBe(false);
}

describe("captureResponse with writeHead", () => {
  it("captures an object of headers with a status message", async () => {
    const result = await captureThrough((_req, res) => {
      res.setHeader("X-Before", "kept");
      res.setHeader("X-Replaced", "old");
      res.writeHead(201, "Made It", {
        "Content-Type": "text/plain; charset=utf-8",
        "X-Replaced": "new",
        "X-Multi": ["one", "two"],
        "X-Number": 7,
      });
      res.end("created");
    });

    expectNothingSentEarly(result);
    expect(result.observed.captured.status).toBe(201);
    expect(result.observed.captured.headers).toEqual({
      "x-before": "kept",
      "x-replaced": "new",
      "content-type": "text/plain; charset=utf-8",
      "x-multi": ["one", "two"],
      "x-number": 7,
    });
    expect(result.observed.captured.body.toString()).toBe("created");

    expect(result.received.status).toBe(201);
    expect(result.received.statusMessage).toBe("Made It");
    expect(result.received.headers["x-replaced"]).toBe("new");
    expect(result.received.headers["x-multi"]).toBe("one, two");
    expect(result.received.body.toString()).toBe("created");
  });

  it("captures a flat header array, keeping repeated names as Node does", async () => {
    const result = await captureThrough((_req, res) => {
      res.setHeader("Set-Cookie", "stale=1");
      res.setHeader("X-Other", "kept");
      res.writeHead(200, [
        "Content-Type",
        "text/html",
        "Set-Cookie",
        "a=1",
        "Set-Cookie",
        "b=2",
        "X-Flat",
        "yes",
      ]);
      res.end("<p>flat</p>");
    });

    expectNothingSentEarly(result);
    expect(result.observed.captured.status).toBe(200);
    expect(result.observed.captured.headers).toEqual({
      "x-other": "kept",
      "content-type": "text/html",
      "set-cookie": ["a=1", "b=2"],
      "x-flat": "yes",
    });
    expect(result.observed.captured.body.toString()).toBe("<p>flat</p>");
    expect(result.received.headers["set-cookie"]).toEqual(["a=1", "b=2"]);
    expect(result.received.statusMessage).toBe("OK");
  });

  it("captures a nested header array with a status message", async () => {
    const result = await captureThrough((_req, res) => {
      res.writeHead(404, "Nowhere", [
        ["Content-Type", "text/plain"],
        ["X-Nested", "1"],
        ["Set-Cookie", "c=3"],
        ["Set-Cookie", "d=4"],
      ] as unknown as http.OutgoingHttpHeader[]);
      res.end("gone");
    });

    expectNothingSentEarly(result);
    expect(result.observed.captured).toEqual({
      status: 404,
      headers: { "content-type": "text/plain", "x-nested": "1", "set-cookie": ["c=3", "d=4"] },
      body: Buffer.from("gone"),
    });
    expect(result.received.status).toBe(404);
    expect(result.received.statusMessage).toBe("Nowhere");
    expect(result.received.headers["x-nested"]).toBe("1");
    expect(result.received.headers["set-cookie"]).toEqual(["c=3", "d=4"]);
  });

  it("captures writeHead with a status alone", async () => {
    const result = await captureThrough((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    expectNothingSentEarly(result);
    expect(result.observed.captured.status).toBe(204);
    expect(result.observed.captured.headers).toEqual({});
    expect(result.observed.captured.body.length).toBe(0);
    expect(result.received.status).toBe(204);
  });

  it("lets the caller change the response before sending it", async () => {
    const result = await captureThrough(
      (_req, res) => {
        res.writeHead(200, { "content-type": "text/html", "content-length": "11" });
        res.end("<p>next</p>");
      },
      (res, captured) => {
        const body = Buffer.from(captured.body.toString().replace("next", "front server"));
        res.setHeader("content-length", String(body.length));
        res.setHeader("x-rewritten", "1");
        res.end(body);
      },
    );
    expect(result.received.body.toString()).toBe("<p>front server</p>");
    expect(result.received.headers["x-rewritten"]).toBe("1");
  });
});

describe("captureResponse with setHeader, write and end", () => {
  it("collects strings in any encoding, Buffers and Uint8Arrays byte for byte", async () => {
    const writeCallbacks: string[] = [];
    const result = await captureThrough((_req, res) => {
      res.statusCode = 200;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.setHeader("Cache-Control", "public, max-age=0");
      res.flushHeaders(); // would send the head early if it were not held back
      res.write("héllo ");
      res.write("776f726c64", "hex");
      res.write(" ", "utf8", () => writeCallbacks.push("utf8"));
      res.write("Y2Fmw6k=", "base64");
      res.write(" caf\u00e9", "latin1", () => writeCallbacks.push("latin1"));
      res.write(Buffer.from(" buffer"), () => writeCallbacks.push("buffer"));
      res.write(new Uint8Array(Buffer.from("xx uint8 xx")).subarray(2, 9));
      res.write(new TextEncoder().encode(" 🌊"));
      res.end("2121", "hex");
    });

    expectNothingSentEarly(result);
    const expected = Buffer.concat([
      Buffer.from("héllo world café", "utf8"),
      Buffer.from([0x20, 0x63, 0x61, 0x66, 0xe9]), // " café" in latin1
      Buffer.from(" buffer uint8  🌊!!", "utf8"),
    ]);
    expect(result.observed.captured.body).toEqual(expected);
    expect(result.observed.captured.status).toBe(200);
    expect(result.observed.captured.headers).toEqual({
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "public, max-age=0",
    });
    expect(writeCallbacks).toEqual(["utf8", "latin1", "buffer"]);
    expect(result.received.body).toEqual(expected);
  });

  it("keeps what was written even if the writer reuses its buffer after the write callback", async () => {
    const result = await captureThrough(async (_req, res) => {
      const buffer = Buffer.from("first ");
      await new Promise<void>((resolve) => res.write(buffer, () => resolve()));
      buffer.write("later ");
      res.write(buffer);
      res.end();
    });
    expect(result.observed.captured.body.toString()).toBe("first later ");
  });

  it("runs end's callback only once the caller has really sent the response", async () => {
    const events: string[] = [];
    let endCallback!: () => void;
    const endCallbackRan = new Promise<void>((resolve) => (endCallback = resolve));
    const result = await captureThrough(
      (_req, res) => {
        res.setHeader("content-type", "text/plain");
        res.end("done", () => {
          events.push("end callback");
          endCallback();
        });
      },
      (res, captured) => {
        events.push("caller sends");
        res.end(captured.body);
      },
    );
    await endCallbackRan;
    expect(events).toEqual(["caller sends", "end callback"]);
    expect(result.received.body.toString()).toBe("done");
  });

  it("accepts end(callback) and end(chunk, callback)", async () => {
    const calls: string[] = [];
    const a = await captureThrough((_req, res) => {
      res.write("only write");
      res.end(() => calls.push("a"));
    });
    expect(a.observed.captured.body.toString()).toBe("only write");
    await closeServer();

    const b = await captureThrough((_req, res) => {
      res.end("chunk", () => calls.push("b"));
    });
    expect(b.observed.captured.body.toString()).toBe("chunk");
    await sleep(10);
    expect(calls.sort()).toEqual(["a", "b"]);
  });

  it("captures an empty 200 when the handler only ends", async () => {
    const result = await captureThrough((_req, res) => res.end());
    expect(result.observed.captured).toEqual({ status: 200, headers: {}, body: Buffer.alloc(0) });
    expect(result.received.status).toBe(200);
    expect(result.received.body.length).toBe(0);
  });

  it("resolves when end is called, even if the handler's promise settles later", async () => {
    let handlerFinished = false;
    let resolved: CapturedResponse | undefined;
    const port = await listen(async (req, res) => {
      resolved = await captureResponse(
        async (_req, innerRes) => {
          innerRes.end("early");
          await sleep(50);
          handlerFinished = true;
        },
        req,
        res,
      );
      expect(handlerFinished).toBe(false);
      res.end(resolved.body);
    });
    const received = await request(port).done;
    expect(received.body.toString()).toBe("early");
    expect(resolved!.body.toString()).toBe("early");
  });
});

describe("captureResponse with streams", () => {
  it("captures a Readable piped in with stream.pipeline, whose callback fires after the real end", async () => {
    const chunks = Array.from({ length: 200 }, (_, i) => Buffer.alloc(1024, i % 256));
    const expected = Buffer.concat(chunks);
    const events: string[] = [];
    let pipelineError: Error | null | undefined;
    let pipelineDone!: () => void;
    const pipelineFinished = new Promise<void>((resolve) => (pipelineDone = resolve));

    const result = await captureThrough(
      (_req, res) => {
        res.statusCode = 200;
        res.setHeader("content-type", "application/octet-stream");
        pipeline(Readable.from(chunks), res, (error) => {
          pipelineError = error;
          events.push("pipeline done");
          pipelineDone();
        });
      },
      (res, captured) => {
        events.push("caller sends");
        res.setHeader("content-length", String(captured.body.length));
        res.end(captured.body);
      },
    );

    expectNothingSentEarly(result);
    await pipelineFinished;
    expect(pipelineError).toBeUndefined();
    expect(events).toEqual(["caller sends", "pipeline done"]);
    expect(result.observed.captured.status).toBe(200);
    expect(result.observed.captured.headers).toEqual({ "content-type": "application/octet-stream" });
    expect(result.observed.captured.body.equals(expected)).toBe(true);
    expect(result.received.body.equals(expected)).toBe(true);
    expect(result.received.headers["content-length"]).toBe(String(expected.length));
  });

  it("captures a text stream of strings and Uint8Arrays", async () => {
    const parts = ["<!DOCTYPE html>", new TextEncoder().encode("<p>ü</p>"), "</html>"];
    const result = await captureThrough((_req, res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      pipeline(Readable.from(parts), res, () => {});
    });
    expect(result.observed.captured.body.toString()).toBe("<!DOCTYPE html><p>ü</p></html>");
    expect(result.received.body.toString()).toBe("<!DOCTYPE html><p>ü</p></html>");
  });
});

describe("captureResponse failures", () => {
  it.each([
    [
      "throws",
      () => {
        throw new Error("render failed");
      },
    ],
    ["rejects", async () => Promise.reject(new Error("render failed"))],
  ])("rejects when the handler %s, and restores res so the caller can answer", async (_name, fake) => {
    let failure: unknown;
    let restored: boolean | undefined;
    const port = await listen(async (req, res) => {
      try {
        await captureResponse(fake, req, res);
      } catch (error) {
        failure = error;
      }
      restored =
        res.write === http.ServerResponse.prototype.write &&
        res.end === http.ServerResponse.prototype.end &&
        res.writeHead === http.ServerResponse.prototype.writeHead;
      res.statusCode = 500;
      res.end("Internal Server Error");
    });
    const received = await request(port).done;
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe("render failed");
    expect(restored).toBe(true);
    expect(received.status).toBe(500);
    expect(received.body.toString()).toBe("Internal Server Error");
  });

  it("rejects with ResponseClosedError when the reader disconnects before the handler ends", async () => {
    let started!: () => void;
    const handlerStarted = new Promise<void>((resolve) => (started = resolve));
    let outcome!: (value: unknown) => void;
    const settled = new Promise<unknown>((resolve) => (outcome = resolve));
    let nextSawClose = false;

    const port = await listen((req, res) => {
      captureResponse(
        (_req, innerRes) => {
          innerRes.setHeader("content-type", "text/html");
          innerRes.write("<p>partial");
          // Like Next: a closed response aborts the render, and end() is never called.
          innerRes.once("close", () => (nextSawClose = true));
          started();
        },
        req,
        res,
      ).then(outcome, outcome);
    });
    const client = request(port);
    client.done.catch(() => {});
    await handlerStarted;
    client.req.destroy();

    const result = await settled;
    expect(result).toBeInstanceOf(ResponseClosedError);
    expect(nextSawClose).toBe(true);
    await tick();
  });
});
