// captureResponse when the handler fails or the reader leaves.
import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { captureResponse, ResponseClosedError } from "./capture";
import { closeServer, listen, request, tick } from "./capture.harness";

afterEach(closeServer);

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
