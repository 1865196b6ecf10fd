import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { comments } from "@/db/schema";
import { COMMENT_AWAITING_MODERATION } from "@/lib/comment-policy";
import { insertArticle, openFixture, type Fixture } from "@/lib/testing/articles-fixture";
import { hashStatusToken } from "@/lib/moderation/status-token";
import { handleCommentPost, MAX_COMMENT_POST_BYTES } from "./comment-post";
import { commentReturnPath } from "./comment-outcomes";
import { isSameOriginPost } from "./same-origin";

let f: Fixture;
let open = 0;
let closed = 0;

beforeAll(() => {
  f = openFixture();
  open = insertArticle(f, { slug: "route-open" });
  closed = insertArticle(f, { slug: "route-closed", commentsOpen: false });
});
afterAll(() => f.close());

const HOST = "news.example.test";
let ipCounter = 0;

type PostOptions = {
  fields?: Record<string, string>;
  headers?: Record<string, string>;
  json?: boolean;
  multipart?: boolean;
};

/** A same-origin browser post from an address of its own, unless told otherwise. */
function post({ fields = {}, headers = {}, json = true, multipart = false }: PostOptions = {}) {
  const n = ++ipCounter;
  const values = {
    articleId: String(open),
    parentId: "",
    returnTo: "/articles/route-open",
    name: "Rita",
    // One commenter per post, so the per-commenter flood limit never spills over.
    email: `rita${n}@example.test`,
    body: "Hello there.",
    website: "",
    ...fields,
  };
  const body = multipart ? toFormData(values) : new URLSearchParams(values);
  const request = new Request(`http://${HOST}/api/comments`, {
    method: "POST",
    body,
    headers: {
      host: HOST,
      origin: `http://${HOST}`,
      "sec-fetch-site": "same-origin",
      "x-forwarded-for": `192.0.2.${n}`,
      ...(json ? { accept: "application/json" } : { accept: "text/html" }),
      ...headers,
    },
  });
  return handleCommentPost(request);
}

function toFormData(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

const stored = (body: string) => f.db.select().from(comments).where(eq(comments.body, body)).all();

describe("isSameOriginPost", () => {
  const cases: Array<{ case: string; headers: Record<string, string>; ok: boolean }> = [
    {
      case: "same origin, Sec-Fetch-Site same-origin",
      headers: { host: HOST, origin: `https://${HOST}`, "sec-fetch-site": "same-origin" },
      ok: true,
    },
    {
      case: "same origin, older browser without Sec-Fetch-Site",
      headers: { host: HOST, origin: `https://${HOST}` },
      ok: true,
    },
    {
      case: "the proxy's forwarded host",
      headers: { host: "127.0.0.1:3000", "x-forwarded-host": HOST, origin: `https://${HOST}` },
      ok: true,
    },
    { case: "a client with neither header (no browser)", headers: { host: HOST }, ok: true },
    {
      case: "Sec-Fetch-Site cross-site",
      headers: { host: HOST, origin: `https://${HOST}`, "sec-fetch-site": "cross-site" },
      ok: false,
    },
    {
      case: "Sec-Fetch-Site same-site (a sibling subdomain)",
      headers: { host: HOST, "sec-fetch-site": "same-site" },
      ok: false,
    },
    { case: "another origin", headers: { host: HOST, origin: "https://evil.example" }, ok: false },
    { case: "an opaque origin", headers: { host: HOST, origin: "null" }, ok: false },
    { case: "an origin but no host", headers: { origin: `https://${HOST}` }, ok: false },
  ];
  for (const c of cases) {
    it(`${c.ok ? "accepts" : "refuses"} ${c.case}`, () => {
      expect(isSameOriginPost(new Headers(c.headers))).toBe(c.ok);
    });
  }
});

describe("commentReturnPath", () => {
  it.each([
    ["/articles/route-open", "/articles/route-open"],
    ["/articles/Route-Open", "/"],
    ["//evil.example/articles/x", "/"],
    ["https://evil.example/articles/x", "/"],
    ["/articles/x?next=//evil", "/"],
    ["/admin", "/"],
    ["/\t/evil.example", "/"],
    [undefined, "/"],
  ])("%j becomes %j", (input, expected) => {
    expect(commentReturnPath(input)).toBe(expected);
  });
});

describe("POST /api/comments", () => {
  it("stores a comment and answers JSON to the script", async () => {
    const response = await post({ fields: { body: "Posted by fetch." } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const answer = await response.json();
    expect(answer).toEqual({
      ok: true,
      message: COMMENT_AWAITING_MODERATION,
      status: "pending",
      statusUrl: expect.stringMatching(/^\/comments\/status\/[A-Za-z0-9_-]{43}$/),
    });
    const [row] = stored("Posted by fetch.");
    expect(row).toMatchObject({ status: "pending", articleId: open });
    // Only the token's hash is kept.
    const token = answer.statusUrl.split("/").pop();
    expect(row!.statusTokenHash).toBe(hashStatusToken(token));
    expect(row!.statusTokenHash).not.toContain(token);
  });

  it("reads multipart bodies too (what FormData sends)", async () => {
    const response = await post({ fields: { body: "Posted as multipart." }, multipart: true });
    expect(response.status).toBe(200);
    expect(stored("Posted as multipart.")).toHaveLength(1);
  });

  it("answers a form post without JavaScript with a 303 to the comment's status page", async () => {
    const response = await post({ fields: { body: "Posted without script." }, json: false });
    expect(response.status).toBe(303);
    const location = response.headers.get("location")!;
    expect(location).toMatch(/^\/comments\/status\/[A-Za-z0-9_-]{43}$/);
    const [row] = stored("Posted without script.");
    expect(row!.statusTokenHash).toBe(hashStatusToken(location.split("/").pop()!));
  });

  it("sends a form post that stored nothing to the received page with its outcome", async () => {
    const response = await post({ fields: { website: "http://spam.example" }, json: false });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/comments/received?outcome=received&to=%2Farticles%2Froute-open");
  });

  it("never puts a foreign return path in the redirect", async () => {
    // Stored comments go to their status page; the received page is for everything else.
    const response = await post({ fields: { returnTo: "//evil.example/x", website: "x" }, json: false });
    expect(new URL(response.headers.get("location")!, "http://x").searchParams.get("to")).toBe("/");
  });

  it("returns field errors as JSON with 400, and as an outcome code in the redirect", async () => {
    const response = await post({ fields: { name: "", email: "bad", body: "Invalid one." } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      message: "Please correct the highlighted fields.",
      fieldErrors: { name: ["Enter your name."], email: ["Enter a valid email address."] },
    });
    const redirect = await post({ fields: { name: "" }, json: false });
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get("location")).toContain("outcome=invalid");
    expect(stored("Invalid one.")).toHaveLength(0);
  });

  it("thanks a filled honeypot as usual and stores nothing", async () => {
    const response = await post({ fields: { website: "http://spam.example", body: "Honeypot body." } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, message: COMMENT_AWAITING_MODERATION });
    expect(stored("Honeypot body.")).toHaveLength(0);
  });

  it("refuses a closed article with its message", async () => {
    const response = await post({ fields: { articleId: String(closed), body: "Closed body." } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, message: "Comments are closed on this article." });
    const redirect = await post({ fields: { articleId: String(closed) }, json: false });
    expect(redirect.headers.get("location")).toContain("outcome=closed");
    expect(stored("Closed body.")).toHaveLength(0);
  });

  it("answers 429 once one address has posted five times", async () => {
    const headers = { "x-forwarded-for": "192.0.2.250" };
    for (let i = 0; i < 5; i++) expect((await post({ fields: { website: "x" }, headers })).status).toBe(200);
    const response = await post({ fields: { body: "Too many." }, headers });
    expect(response.status).toBe(429);
    expect((await response.json()).message).toMatch(/wait ten minutes/);
    expect((await post({ headers, json: false })).headers.get("location")).toContain("outcome=rate-limited");
    expect(stored("Too many.")).toHaveLength(0);
  });

  it("refuses a cross-site post with 403, as JSON or as plain text, and stores nothing", async () => {
    const json = await post({
      fields: { body: "Cross-site body." },
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(json.status).toBe(403);
    expect(await json.json()).toEqual({
      ok: false,
      message: "Comments can only be posted from The Gazette's own pages.",
    });
    const form = await post({
      fields: { body: "Cross-site body." },
      json: false,
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(form.status).toBe(403);
    expect(form.headers.get("location")).toBeNull();
    expect(await form.text()).toBe("Comments can only be posted from The Gazette's own pages.");
    expect(stored("Cross-site body.")).toHaveLength(0);
  });

  it("refuses a body over the limit with 413 before parsing it", async () => {
    const response = await post({ fields: { body: "x".repeat(MAX_COMMENT_POST_BYTES) } });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false });
  });

  it("treats a body that is no form as missing fields", async () => {
    const request = new Request(`http://${HOST}/api/comments`, {
      method: "POST",
      body: "{}",
      headers: {
        host: HOST,
        origin: `http://${HOST}`,
        accept: "application/json",
        "content-type": "application/json",
      },
    });
    const response = await handleCommentPost(request);
    expect(response.status).toBe(400);
    expect((await response.json()).fieldErrors).toHaveProperty("name");
  });
});
