import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { openDatabase, runMigrations } from "../db/client";
import { databasePath, dataDir } from "../db/config";
import { DEMO_LOGINS, seedDemoContent } from "../db/seed";
import { users } from "../db/schema";

/** The session secret: from the environment, else generated once into the data folder. */
export function ensureAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir(), "auth-secret");
  fs.mkdirSync(dataDir(), { recursive: true });
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** Migrates the database and fills an empty one with demo content. Returns whether it seeded. */
export async function prepareDatabase(): Promise<boolean> {
  const db = openDatabase(databasePath());
  try {
    runMigrations(db);
    const empty = db.select({ id: users.id }).from(users).limit(1).all().length === 0;
    if (empty) await seedDemoContent(db);
    return empty;
  } finally {
    db.$client.close();
  }
}

export function printDemoLogins(baseUrl: string): void {
  console.log(`\nThe Gazette is at ${baseUrl}  (staff sign in at ${baseUrl}/login)`);
  console.log("Demo staff logins (change or deactivate them before going live):");
  for (const login of DEMO_LOGINS) {
    console.log(`  ${login.role.padEnd(10)} ${login.email.padEnd(28)} ${login.password}`);
  }
  console.log("");
}
