// The audit log of staff actions.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { users } from "./users";

/** Staff actions worth answering for later: publish, unpublish, role change, deletion… */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: integer("target_id"),
    summary: text("summary").notNull().default(""),
    /** The story an entry concerns (an article, or a comment on it), for filtering by story. No
     * foreign key: the record outlives a deleted story. */
    articleId: integer("article_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_log_created_idx").on(t.createdAt),
    index("audit_log_action_idx").on(t.action, t.createdAt),
    index("audit_log_article_idx").on(t.articleId, t.createdAt),
  ],
);
export type AuditEntry = typeof auditLog.$inferSelect;
