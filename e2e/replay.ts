import { request, type APIRequestContext, type Locator } from "@playwright/test";
import { storageStateFor, type StaffRole } from "./fixtures";

/** A saved sign-in: a storage-state file or object, or undefined for a signed-out visitor. */
export type Session = Exclude<Parameters<typeof request.newContext>[0], undefined>["storageState"];

/**
 * The fields a server-action form would post, read from a page rendered without JavaScript
 * (React then writes the action reference into hidden inputs), so a test can post it again
 * as someone else, exactly as a hand-crafted request would.
 */
export async function captureForm(form: Locator): Promise<Array<[string, string]>> {
  return form.evaluate((el) => {
    const data = new FormData(el as HTMLFormElement);
    return [...data.entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""] as [string, string]);
  });
}

/** Runs `fn` with a request context holding `session`, following no redirects. */
async function withSession<T>(baseURL: string, session: Session, fn: (ctx: APIRequestContext) => Promise<T>) {
  const ctx = await request.newContext({ baseURL, storageState: session, maxRedirects: 0 });
  try {
    return await fn(ctx);
  } finally {
    await ctx.dispose();
  }
}

export type Reply = { status: number; location: string | undefined; text: string };

/** Posts captured fields to `url` with `session`; `overrides` replace or add fields. */
export async function postFormWith(
  baseURL: string,
  url: string,
  fields: Array<[string, string]>,
  session: Session,
  overrides: Record<string, string> = {},
): Promise<Reply> {
  return withSession(baseURL, session, async (ctx) => {
    const body = new FormData();
    for (const [k, v] of fields) body.append(k, overrides[k] ?? v);
    for (const [k, v] of Object.entries(overrides)) if (!body.has(k)) body.append(k, v);
    const res = await ctx.post(url, { multipart: body, headers: { origin: baseURL } });
    return { status: res.status(), location: res.headers()["location"], text: await res.text() };
  });
}

/** Posts captured fields to `url` as `role` (null = signed out); returns status and body text. */
export async function postFormAs(
  baseURL: string,
  url: string,
  fields: Array<[string, string]>,
  role: StaffRole | null,
  overrides: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  return postFormWith(baseURL, url, fields, role ? storageStateFor(role) : undefined, overrides);
}

/** A server-action call as the browser's JavaScript made it (method POST, a Next-Action header). */
export type CapturedCall = { url: string; headers: Record<string, string>; body: string | Buffer };

/**
 * Sends a captured JavaScript action call again with `session`: same URL, action id, router
 * state and arguments, only the cookies differ.
 */
export async function replayCallWith(baseURL: string, call: CapturedCall, session: Session): Promise<Reply> {
  const skip = new Set(["cookie", "host", "content-length", "connection"]);
  const headers = Object.fromEntries(
    Object.entries(call.headers).filter(([k]) => !skip.has(k) && !k.startsWith(":")),
  );
  return withSession(baseURL, session, async (ctx) => {
    const res = await ctx.post(call.url, { headers, data: call.body });
    // A redirect from an action called by JavaScript comes as a header the client follows.
    const location = res.headers()["location"] ?? res.headers()["x-action-redirect"]?.split(";")[0];
    return { status: res.status(), location, text: await res.text() };
  });
}
