import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { articles, auditLog, sections, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "./audit";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "./audit-log";
import { checkStaffLogin } from "./users";

const db = openDatabase(process.env.DATABASE_PATH!);
const ids = { admin: 0, editor: 0, author: 0, article: 0 };
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  const passwordHash = await hashPassword("audit-test-password");
  const [admin, editor, author] = db
    .insert(users)
    .values([
      {
        email: "audit-admin@example.test",
        name: "Ann Admin",
        slug: "ann-admin",
        passwordHash,
        role: "admin",
      },
      {
        email: "audit-editor@example.test",
        name: "Ed Editor",
        slug: "ed-editor",
        passwordHash,
        role: "editor",
      },
      {
        email: "audit-author@example.test",
        name: "Al Author",
        slug: "al-author",
        passwordHash,
        role: "author",
      },
    ])
    .returning({ id: users.id })
    .all();
  const section = db.insert(sections).values({ slug: "audit", name: "Audit" }).returning().get();
  const article = db
    .insert(articles)
    .values({ slug: "audited", headline: "Audited story", sectionId: section.id, createdById: author!.id })
    .returning()
    .get();
  Object.assign(ids, { admin: admin!.id, editor: editor!.id, author: author!.id, article: article.id });

  const entry = (
    action: string,
    actorId: number | null,
    createdAt: string,
    target: [string, number | null],
  ) => ({
    action,
    actorId,
    targetType: target[0],
    targetId: target[1],
    summary: `${action} at ${createdAt}`,
    createdAt: at(createdAt),
  });
  db.insert(auditLog)
    .values([
      entry("user.create", ids.admin, "2030-01-01T09:00:00Z", ["user", ids.author]),
      entry("user.role", ids.admin, "2030-01-02T09:00:00Z", ["user", ids.author]),
      entry("article.publish", ids.editor, "2030-01-02T23:59:59Z", ["article", ids.article]),
      entry("user.deactivate", ids.admin, "2030-01-03T00:00:00Z", ["user", ids.author]),
      entry("breaking.update", ids.editor, "2030-01-04T12:00:00Z", ["site", null]),
      entry("article.delete", ids.editor, "2030-01-05T12:00:00Z", ["article", 999_999]),
    ])
    .run();
});

const actions = (filter: Parameters<typeof listAuditEntries>[0]) =>
  listAuditEntries(filter).rows.map((r) => r.action);

describe("listAuditEntries", () => {
  it("lists newest first with who, what, target and when", () => {
    const { rows, total } = listAuditEntries({ page: 1, from: "2030-01-01", to: "2030-01-31" });
    expect(total).toBe(6);
    expect(rows.map((r) => r.action)).toEqual([
      "article.delete",
      "breaking.update",
      "user.deactivate",
      "article.publish",
      "user.role",
      "user.create",
    ]);
    expect(rows[2]).toEqual({
      id: expect.any(Number),
      action: "user.deactivate",
      summary: "user.deactivate at 2030-01-03T00:00:00Z",
      createdAt: at("2030-01-03T00:00:00Z"),
      actor: { id: ids.admin, name: "Ann Admin" },
      targetType: "user",
      targetId: ids.author,
      targetLabel: "Al Author",
      story: null,
    });
    expect(rows[3]).toMatchObject({ targetType: "article", targetLabel: "Audited story", story: { id: ids.article, headline: "Audited story" } });
    // A target that no longer exists, or one that is not a row at all, has no label.
    expect(rows[0]).toMatchObject({ targetId: 999_999, targetLabel: null });
    expect(rows[1]).toMatchObject({ targetType: "site", targetId: null, targetLabel: null });
  });

  it("filters by action and by actor", () => {
    expect(actions({ page: 1, action: "user.role" })).toEqual(["user.role"]);
    expect(actions({ page: 1, actorId: ids.editor, from: "2030-01-01" })).toEqual([
      "article.delete",
      "breaking.update",
      "article.publish",
    ]);
    expect(actions({ page: 1, actorId: ids.author })).toEqual([]);
  });

  it("filters by whole UTC days, both ends included", () => {
    expect(actions({ page: 1, from: "2030-01-02", to: "2030-01-02" })).toEqual([
      "article.publish",
      "user.role",
    ]);
    expect(actions({ page: 1, from: "2030-01-03", to: "2030-01-04" })).toEqual([
      "breaking.update",
      "user.deactivate",
    ]);
  });

  it("pages by AUDIT_PAGE_SIZE and clamps a page past the end to the last one", () => {
    for (let i = 0; i < AUDIT_PAGE_SIZE; i++) {
      recordAudit({
        actorId: ids.editor,
        action: "media.delete",
        targetType: "media",
        targetId: i,
        summary: `#${i}`,
      });
    }
    const first = listAuditEntries({ page: 1, action: "media.delete" });
    expect(first).toMatchObject({ total: AUDIT_PAGE_SIZE, page: 1, pageCount: 1 });
    recordAudit({
      actorId: ids.editor,
      action: "media.delete",
      targetType: "media",
      targetId: 99,
      summary: "last",
    });
    const second = listAuditEntries({ page: 2, action: "media.delete" });
    expect(second).toMatchObject({ total: AUDIT_PAGE_SIZE + 1, page: 2, pageCount: 2 });
    expect(second.rows).toHaveLength(1);
    expect(listAuditEntries({ page: 50, action: "media.delete" }).page).toBe(2);
  });
});

describe("checkStaffLogin", () => {
  it("writes the lockout to the audit log once, with no person as actor", async () => {
    for (let i = 0; i < 7; i++) await checkStaffLogin("audit-editor@example.test", `wrong-${i}`);
    const { rows } = listAuditEntries({ page: 1, action: "user.lockout" });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: null, targetId: ids.editor, targetLabel: "Ed Editor" });
  });
});
