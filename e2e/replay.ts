import fs from "node:fs";
import { request, type Locator } from "@playwright/test";
import { storageStateFor, type StaffRole } from "./fixtures";

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

/** Posts captured fields to `url` as `role` (null = signed out); returns status and body text. */
export async function postFormAs(
  baseURL: string,
  url: string,
  fields: Array<[string, string]>,
  role: StaffRole | null,
  overrides: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const storageState = role ? JSON.parse(fs.readFileSync(storageStateFor(role), "utf8")) : undefined;
  const ctx = await request.newContext({ baseURL, storageState, maxRedirects: 0 });
  try {
    const body = new FormData();
    for (const [k, v] of fields) body.append(k, overrides[k] ?? v);
    for (const [k, v] of Object.entries(overrides)) if (!body.has(k)) body.append(k, v);
    const res = await ctx.post(url, { multipart: body, headers: { origin: baseURL } });
    return { status: res.status(), text: await res.text() };
  } finally {
    await ctx.dispose();
  }
}
