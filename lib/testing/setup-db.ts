import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { openDatabase, runMigrations } from "@/db/client";

// Each test file gets its own real SQLite file with the real migrations, before `@/db` is
// first imported (it reads DATABASE_PATH once).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gazette-test-"));
process.env.DATABASE_PATH = path.join(dir, "test.db");
const db = openDatabase(process.env.DATABASE_PATH);
runMigrations(db);
db.$client.close();

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});
