import type { DB } from "./client";
export { DEMO_LOGINS } from "./demo-logins";

/** Placeholder replaced by the seed work. */
export async function seedDemoContent(_db: DB): Promise<void> {}
