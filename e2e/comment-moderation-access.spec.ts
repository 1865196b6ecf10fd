import { and, eq } from "drizzle-orm";
import type { DB } from "../db/client";
import { articles, auditLog, commentClaims, commenterBans, commenterNotes, comments, correctionDrafts } from "../db/schema";
import {
  button,
  expect,
  insertArticle,
  staffId,
  storageStateFor,
  test,
  testActionDoors,
  type ActionDoor,
} from "./access-control-helpers";

// Every door the moderators' desk added, knocked on by a signed-out visitor, a deactivated
// admin and an author (no comments.moderate), with the database checked unchanged after each;
// a moderator's identical request then goes through. Built on the shared access-control helpers.

const MODERATORS = ["admin", "editor", "moderator"] as const;
const byModerator = { allowed: MODERATORS, capturedAs: "moderator", control: "moderator" } as const;

/** A draft story of the test's own (no reader page to refresh), with one pending comment. */
function arrangeComment(db: DB, suffix: string, status: "pending" | "approved" = "pending", email = `desk-acl-${suffix}@example.test`) {
  const story = insertArticle(db, { suffix, label: "desk", createdBy: "editor", byline: ["editor"], status: "draft" });
  const { id } = db
    .insert(comments)
    .values({ articleId: story.id, authorName: `Desk ACL ${suffix}`, authorEmail: email, body: `Probe ${suffix}`, status, ipHash: `acl-${suffix}` })
    .returning({ id: comments.id })
    .get();
  const cleanup = () => {
    db.delete(commenterBans).where(eq(commenterBans.email, email)).run();
    db.delete(commenterNotes).where(eq(commenterNotes.email, email)).run();
    db.delete(articles).where(eq(articles.id, story.id)).run();
  };
  return { story, email, id, name: `Desk ACL ${suffix}`, cleanup };
}

const statusOf = (db: DB, id: number) => db.select({ status: comments.status }).from(comments).where(eq(comments.id, id)).get();
const desk = (email: string) => `/admin/comments?email=${encodeURIComponent(email)}`;
const commenterPage = (email: string) => `/admin/comments/commenter?email=${encodeURIComponent(email)}`;

const DOORS: ActionDoor[] = [
  {
    action: "moderateCommentAction, rejecting with a reason",
    ...byModerator,
    arrange: (db, suffix) => {
      const c = arrangeComment(db, suffix);
      return {
        url: desk(c.email),
        capture: { via: "form", button: button(`Reject comment by ${c.name}`), overrides: { reason: "Off-topic" } },
        state: () => db.select({ status: comments.status, reason: comments.reason }).from(comments).where(eq(comments.id, c.id)).get(),
        after: { status: "rejected", reason: "Off-topic" },
        cleanup: c.cleanup,
      };
    },
  },
  {
    action: "bulkModerateAction, approving the selection",
    ...byModerator,
    arrange: (db, suffix) => {
      const c = arrangeComment(db, suffix);
      return {
        url: desk(c.email),
        capture: { via: "form", button: button("Approve selected"), overrides: { item: `${c.id}:pending` } },
        state: () => statusOf(db, c.id),
        after: { status: "approved" },
        cleanup: c.cleanup,
      };
    },
  },
  {
    action: "claimCommentAction, opening a comment",
    ...byModerator,
    arrange: (db, suffix) => {
      const c = arrangeComment(db, suffix);
      return {
        url: desk(c.email),
        capture: { via: "script", act: async (page) => {
            await page.locator('[data-keys="ready"]').waitFor();
            await page.keyboard.press("j");
          }, marker: `[${c.id}]` },
        state: () => db.select({ userId: commentClaims.userId }).from(commentClaims).where(eq(commentClaims.commentId, c.id)).get() ?? null,
        after: { userId: staffId(db, "moderator") },
        cleanup: c.cleanup,
      };
    },
  },
  {
    // Its call carries the same id as the claim's: it is the second call naming the comment,
    // made when the moderator moves on without deciding.
    action: "releaseClaimAction, moving on from a comment",
    ...byModerator,
    arrange: (db, suffix) => {
      const c = arrangeComment(db, suffix);
      const next = arrangeComment(db, `${suffix}-next`, "pending", c.email);
      // The desk lists the oldest first: this one is focused first, the other next.
      db.update(comments).set({ createdAt: new Date(Date.now() - 60_000) }).where(eq(comments.id, c.id)).run();
      const claim = () => db.select({ userId: commentClaims.userId }).from(commentClaims).where(eq(commentClaims.commentId, c.id)).get() ?? null;
      return {
        url: desk(c.email),
        capture: {
          via: "script",
          act: async (page) => {
            await page.locator('[data-keys="ready"]').waitFor();
            await page.keyboard.press("j");
            await expect.poll(claim).not.toBeNull();
            await page.keyboard.press("j");
          },
          marker: `[${c.id}]`,
          occurrence: 2,
        },
        state: claim,
        after: null,
        cleanup: () => {
          c.cleanup();
          next.cleanup();
        },
      };
    },
  },
  {
    action: "endSurgeAction",
    ...byModerator,
    arrange: (db, suffix) => {
      const c = arrangeComment(db, suffix);
      db.update(articles).set({ commentSurgeAt: new Date() }).where(eq(articles.id, c.story.id)).run();
      return {
        url: desk(c.email),
        capture: { via: "form", button: button(`End surge on ${c.story.headline}`) },
        state: () => db.select({ at: articles.commentSurgeAt }).from(articles).where(eq(articles.id, c.story.id)).get()?.at !== null,
        after: false,
        cleanup: c.cleanup,
      };
    },
  },
  {
    action: "banCommenterAction",
    ...byModerator,
    arrange: (db, suffix) => {
      const c = arrangeComment(db, suffix);
      return {
        url: commenterPage(c.email),
        capture: { via: "form", button: button("Ban commenter"), overrides: { reason: "Probe ban", duration: "permanent" } },
        state: () => db.select({ reason: commenterBans.reason }).from(commenterBans).where(eq(commenterBans.email, c.email)).all(),
        after: [{ reason: "Probe ban" }],
        cleanup: c.cleanup,
      };
    },
  },
  {
    action: "liftBanAction",
    ...byModerator,
    arrange: (db, suffix) => {
      const c = arrangeComment(db, suffix);
      const ban = db.insert(commenterBans).values({ email: c.email, reason: "Probe" }).returning({ id: commenterBans.id }).get();
      return {
        url: commenterPage(c.email),
        capture: { via: "form", button: button(`Lift ban: ${c.email}`) },
        state: () => db.select({ lifted: commenterBans.liftedAt }).from(commenterBans).where(eq(commenterBans.id, ban.id)).get()?.lifted !== null,
        after: true,
        cleanup: c.cleanup,
      };
    },
  },
  {
    action: "addCommenterNoteAction",
    ...byModerator,
    arrange: (db, suffix) => {
      const c = arrangeComment(db, suffix);
      return {
        url: commenterPage(c.email),
        capture: { via: "form", button: button("Add note"), overrides: { body: "Probe note" } },
        state: () => db.select({ body: commenterNotes.body }).from(commenterNotes).where(eq(commenterNotes.email, c.email)).all(),
        after: [{ body: "Probe note" }],
        cleanup: c.cleanup,
      };
    },
  },
  {
    action: "challengeCommentAction",
    ...byModerator,
    arrange: (db, suffix) => {
      const c = arrangeComment(db, suffix);
      return {
        url: `/admin/comments/${c.id}`,
        capture: { via: "form", button: button("Open a correction draft"), overrides: { note: "Probe challenge" } },
        state: () => db.select({ note: correctionDrafts.note }).from(correctionDrafts).where(eq(correctionDrafts.commentId, c.id)).all(),
        after: [{ note: "Probe challenge" }],
        cleanup: () => {
          db.delete(auditLog).where(and(eq(auditLog.action, "comment.challenge"), eq(auditLog.targetId, c.id))).run();
          c.cleanup();
        },
      };
    },
  },
];

testActionDoors(DOORS);

test("the live counts route answers only moderators, privately", async ({ playwright, baseURL }) => {
  const cases = [
    { who: "signed-out visitor", state: undefined, status: 401 },
    { who: "author", state: storageStateFor("author"), status: 403 },
    { who: "moderator", state: storageStateFor("moderator"), status: 200 },
  ];
  for (const c of cases) {
    const ctx = await playwright.request.newContext({ baseURL, storageState: c.state, maxRedirects: 0 });
    try {
      const res = await ctx.get("/api/admin/moderation/counts?ids=1,2");
      expect(res.status(), c.who).toBe(c.status);
      expect(res.headers()["cache-control"], c.who).toContain("no-store");
      const body = await res.json();
      if (c.status === 200) expect(body.counts).toHaveProperty("pending");
      else expect(body).not.toHaveProperty("counts");
    } finally {
      await ctx.dispose();
    }
  }
});
