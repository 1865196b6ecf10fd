import type { Role } from "@/db/schema";

// Type-only import: client forms use this, and the schema module would pull drizzle into them.
// The Record type makes the compiler insist on every role.
const ROLE_NAMES: Record<Role, string> = {
  admin: "Admin",
  editor: "Editor",
  author: "Author",
  moderator: "Moderator",
};

export function roleName(role: Role): string {
  return ROLE_NAMES[role];
}

export const ROLE_OPTIONS = (Object.keys(ROLE_NAMES) as Role[]).map((role) => ({
  value: role,
  label: ROLE_NAMES[role],
}));
