import type { DB } from "./client";
import type { Role } from "./schema";

/** Placeholder replaced by the seed work: the logins `npm start` prints. */
export const DEMO_LOGINS: Array<{ role: Role; email: string; password: string }> = [];

export async function seedDemoContent(_db: DB): Promise<void> {}
