import { describe, expect, it } from "vitest";
import { clientIpFrom, hashIp } from "./client-ip";

describe("clientIpFrom", () => {
  it.each([
    // The left entry could have been sent by the client itself; the right one is our proxy's.
    ["the nearest proxy's x-forwarded-for entry", { "x-forwarded-for": "203.0.113.7, 198.51.100.9" }, "198.51.100.9"],
    ["single x-forwarded-for with spaces", { "x-forwarded-for": "  198.51.100.2 " }, "198.51.100.2"],
    [
      "x-forwarded-for over x-real-ip",
      { "x-forwarded-for": "203.0.113.7", "x-real-ip": "10.0.0.9" },
      "203.0.113.7",
    ],
    ["x-real-ip when nothing else", { "x-real-ip": " 10.0.0.9 " }, "10.0.0.9"],
    ["IPv6", { "x-forwarded-for": "2001:db8::1" }, "2001:db8::1"],
    ["unknown without headers", {}, "unknown"],
    ["unknown with a blank x-real-ip", { "x-real-ip": "  " }, "unknown"],
  ])("%s", (_name, headers, expected) => {
    expect(clientIpFrom(new Headers(headers))).toBe(expected);
  });

  it("skips as many trusted proxies as it is told, never past the first entry", () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.7, 198.51.100.9, 10.0.0.1" });
    expect(clientIpFrom(headers, 2)).toBe("198.51.100.9");
    expect(clientIpFrom(headers, 9)).toBe("203.0.113.7");
  });
});

describe("hashIp", () => {
  it("is a stable 32-character hex string", () => {
    const hash = hashIp("203.0.113.7", "salt-a");
    expect(hash).toMatch(/^[0-9a-f]{32}$/);
    expect(hashIp("203.0.113.7", "salt-a")).toBe(hash);
  });

  it("does not contain the address and changes with the salt or address", () => {
    const hash = hashIp("203.0.113.7", "salt-a");
    expect(hash).not.toContain("203");
    expect(hashIp("203.0.113.7", "salt-b")).not.toBe(hash);
    expect(hashIp("203.0.113.8", "salt-a")).not.toBe(hash);
  });
});
