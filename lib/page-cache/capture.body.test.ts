// captureResponse and the body: setHeader, write and end in every form, end's callback, and
// streams piped in.
import { pipeline, Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { captureResponse, type CapturedResponse } from "./capture";
import {
  captureThrough,
  closeServer,
  expectNothingSentEarly,
  listen,
  request,
  sleep,
} from "./capture.harness";

afterEach(closeServer);

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
