import type { Role } from "./schema";

/**
 * The demo staff accounts the seed creates and `npm start` prints. Demo only: an operator
 * deactivates them (npm run user:deactivate) before going live.
 */
export const DEMO_LOGINS = [
  { role: "admin", name: "Morgan Hale", email: "admin@gazette.test", password: "gazette-admin" },
  { role: "editor", name: "Priya Raman", email: "editor@gazette.test", password: "gazette-editor" },
  { role: "author", name: "Tomás Ferreira", email: "author@gazette.test", password: "gazette-author" },
  { role: "moderator", name: "Jun Okafor", email: "moderator@gazette.test", password: "gazette-moderator" },
] as const satisfies ReadonlyArray<{ role: Role; name: string; email: string; password: string }>;
