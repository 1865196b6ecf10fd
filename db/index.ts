import "server-only";
import { openDatabase, type DB } from "./client";
import { databasePath } from "./config";

// One connection per server process; the global survives dev-mode module reloads.
const globalForDb = globalThis as unknown as { gazetteDb?: DB };

export const db: DB = globalForDb.gazetteDb ?? openDatabase(databasePath());
if (process.env.NODE_ENV !== "production") globalForDb.gazetteDb = db;
