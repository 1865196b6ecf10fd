import path from "node:path";

/** The SQLite file; its folder is the portal's data folder (secret, uploads later). */
export function databasePath(): string {
  return path.resolve(process.env.DATABASE_PATH || "data/gazette.db");
}

export function dataDir(): string {
  return path.dirname(databasePath());
}
