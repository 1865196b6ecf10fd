import { openDatabase, runMigrations } from "../db/client";
import { databasePath } from "../db/config";
import { users } from "../db/schema";
import { DEMO_LOGINS, seedDemoContent } from "../db/seed";

// Seeds only an empty database, so running it twice (or against a live one) is harmless.
const file = databasePath();
const db = openDatabase(file);
try {
  runMigrations(db);
  const hasUsers = db.select({ id: users.id }).from(users).limit(1).all().length > 0;
  if (hasUsers) {
    console.log(
      `Skipped seeding ${file}: it already has users (use npm run db:reset -- --yes to start over).`,
    );
  } else {
    await seedDemoContent(db);
    console.log(`Seeded demo content into ${file}. Staff logins:`);
    for (const login of DEMO_LOGINS)
      console.log(`  ${login.role.padEnd(10)} ${login.email.padEnd(26)} ${login.password}`);
  }
} finally {
  db.$client.close();
}
