import { openDatabase, runMigrations } from "../db/client";
import { databasePath } from "../db/config";

const db = openDatabase(databasePath());
runMigrations(db);
db.$client.close();
console.log(`Migrated ${databasePath()}`);
