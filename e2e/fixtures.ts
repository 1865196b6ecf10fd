import path from "node:path";
import { test as base, expect, type Browser } from "@playwright/test";
import { openDatabase, type DB } from "../db/client";
import { DEMO_LOGINS } from "../db/demo-logins";

export { expect };

export type StaffRole = (typeof DEMO_LOGINS)[number]["role"];
export const STAFF_ROLES: StaffRole[] = DEMO_LOGINS.map((l) => l.role);

export function loginFor(role: StaffRole) {
  const login = DEMO_LOGINS.find((l) => l.role === role);
  if (!login) throw new Error(`No demo login for ${role}`);
  return login;
}

/**
 * Saved sign-in of a role, written by auth.setup.ts. One folder per E2E_INSTANCE: a session is
 * only good against the database it was made with, and suites running side by side sign in anew.
 */
export function storageStateFor(role: StaffRole): string {
  const instance = (process.env.E2E_INSTANCE || "default").replace(/[^a-z0-9-]/gi, "");
  return path.resolve("e2e/.auth", instance === "default" ? "." : instance, `${role}.json`);
}

/** The throwaway database e2e-server.ts created, for arranging and checking data directly. */
export function e2eDatabasePath(): string {
  const instance = (process.env.E2E_INSTANCE || "default").replace(/[^a-z0-9-]/gi, "");
  return path.resolve("e2e/.data", instance, "gazette.db");
}

/** A unique suffix so tests never collide with each other or with seeded data. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A fresh browser context signed in as `role` (or signed out when null). */
export async function contextAs(browser: Browser, role: StaffRole | null) {
  return browser.newContext(role ? { storageState: storageStateFor(role) } : { storageState: undefined });
}

export const test = base.extend<{ db: DB }>({
  // Playwright requires the destructuring form even when no other fixture is used.
  db: async ({}, provide) => {
    const db = openDatabase(e2eDatabasePath());
    await provide(db);
    db.$client.close();
  },
});
