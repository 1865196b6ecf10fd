import fs from "node:fs";
import { openDatabase, runMigrations } from "../db/client";
import { databasePath } from "../db/config";
import { seedDemoContent } from "../db/seed";

// Destroys every article, comment and account in the database file: demand explicit consent.
const file = databasePath();
if (!process.argv.includes("--yes")) {
  console.error(`This deletes ${file} and everything in it. Re-run with --yes (npm run db:reset -- --yes).`);
  process.exit(1);
}

for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
const db = openDatabase(file);
try {
  runMigrations(db);
  await seedDemoContent(db);
  console.log(`Reset ${file}: migrated and seeded with demo content.`);
} finally {
  db.$client.close();
}
