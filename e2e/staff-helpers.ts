// Staff accounts made for one test each (never a demo one: other specs reuse their saved
// sessions), signing in from a fresh browser, and the audit entries about an account. Shared by
// staff-accounts, staff-sign-in and audit-log specs; each removes its accounts with
// `test.afterAll(removeMadeStaff)`.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { openDatabase, type DB } from "../db/client";
import { articles, auditLog, users, type Role } from "../db/schema";
import { hashPassword } from "../lib/auth/password";
import { e2eDatabasePath, expect, uniqueSuffix } from "./fixtures";

export const WRONG = "Wrong email or password.";

export type Person = { id: number; name: string; email: string; slug: string; password: string };

export const made: number[] = [];
export const madeArticles: number[] = [];

/** Deletes the staff accounts (and their articles) made so far; for `test.afterAll`. */
export function removeMadeStaff() {
  const db = openDatabase(e2eDatabasePath());
  try {
    if (madeArticles.length) db.delete(articles).where(inArray(articles.id, madeArticles.splice(0))).run();
    if (made.length) db.delete(users).where(inArray(users.id, made.splice(0))).run();
  } finally {
    db.$client.close();
  }
}

export async function createStaff(db: DB, role: Role, label = "Staff"): Promise<Person> {
  const suffix = uniqueSuffix();
  const person = {
    name: `${label} ${suffix}`,
    email: `${label.toLowerCase().replace(/\W+/g, "-")}-${suffix}@example.test`,
    slug: `${label.toLowerCase().replace(/\W+/g, "-")}-${suffix}`,
    password: `first-password-${suffix}`,
  };
  const { id } = db
    .insert(users)
    .values({ ...person, role, passwordHash: await hashPassword(person.password) })
    .returning({ id: users.id })
    .get();
  made.push(id);
  return { id, ...person };
}

/** A signed-out browser with its own address, so the per-address sign-in limit never trips. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  return browser.newContext({
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { "x-forwarded-for": `198.51.${octet()}.${octet()}` },
  });
}

export async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Scoped to the form: Next adds its own status/alert route announcer to every page. */
export function formStatus(page: Page) {
  return page.locator("form").getByRole("status");
}

export async function signedIn(browser: Browser, person: Pick<Person, "email" | "password">): Promise<Page> {
  const page = await (await freshContext(browser)).newPage();
  await submitSignIn(page, person.email, person.password);
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

export function hasSessionCookie(cookies: Array<{ name: string }>): boolean {
  return cookies.some((c) => c.name.includes("session-token"));
}

export function auditFor(db: DB, userId: number) {
  return db
    .select({ action: auditLog.action, actorId: auditLog.actorId })
    .from(auditLog)
    // Ids are per table: an article can share this number, so match the target type too.
    .where(and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, userId)))
    .orderBy(asc(auditLog.id))
    .all();
}
