// captureResponse and writeHead: headers as an object, a flat or nested array, a status alone,
// and a caller that changes the response before sending it.
import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { captureThrough, closeServer, expectNothingSentEarly } from "./capture.harness";

afterEach(closeServer);

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
