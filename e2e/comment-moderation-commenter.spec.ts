import { eq } from "drizzle-orm";
import { auditLog, commenterBans, commenterNotes } from "../db/schema";
import { cleanUpComments, commenter, deskFor, insertComment, item, openDesk, staffId } from "./comment-moderation-helpers";
import { expect, storageStateFor, test } from "./fixtures";

test.use({ storageState: storageStateFor("moderator") });
test.describe.configure({ timeout: 60_000 });
test.afterEach(({ db }) => cleanUpComments(db));

test("from a comment to the commenter's history: notes, a suspension by email and address, and its lifting", async ({ page, db }) => {
  const who = commenter("Lena");
  insertComment(db, who, { status: "approved", body: "An earlier, approved remark." });
  insertComment(db, who, { status: "rejected", body: "An earlier, rejected remark." });
  insertComment(db, who, { body: "A new pending remark.", ipHash: "e2e-lena-address-hash" });
  try {
    await openDesk(page, deskFor(who.email));
    await item(page, who.name).getByRole("link", { name: `<${who.email}> (commenter history)` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Commenter ${who.email}` })).toBeVisible();
    await expect(page.getByText("1 approved · 1 pending · 1 rejected · 0 spam.")).toBeVisible();
    const history = page.getByRole("table", { name: /Their comments/ });
    await expect(history.getByRole("row")).toHaveCount(4);
    await expect(history).toContainText("An earlier, rejected remark.");

    await page.getByLabel("Note for moderators").fill("Often right on transport, heated on housing.");
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByText("Note added.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Moderator notes" })).toContainText("Often right on transport");

    const bans = page.getByRole("region", { name: "Bans" });
    await bans.getByLabel(/Hashed address/).check();
    await bans.getByRole("button", { name: "Ban commenter" }).click();
    // The reason is required; the browser blocks an empty one, the server names it too.
    await expect(bans.getByLabel("Reason")).toHaveJSProperty("validity.valid", false);
    await bans.getByLabel("Reason").fill("Repeated personal attacks");
    await bans.getByLabel("Duration").selectOption("7d");
    await bans.getByRole("button", { name: "Ban commenter" }).click();
    await expect(page.getByText(`Suspended ${who.email} for 7 days.`)).toBeVisible();
    await expect(bans).toContainText(/Suspended: .*and address/);
    await expect(page.getByText("Banned: new comments are rejected.")).toBeVisible();
    const ban = db.select().from(commenterBans).where(eq(commenterBans.email, who.email)).get()!;
    expect(ban).toMatchObject({ ipHash: "e2e-lena-address-hash", reason: "Repeated personal attacks", createdById: staffId(db, "moderator") });
    expect(ban.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);

    await bans.getByRole("button", { name: /^Lift ban:/ }).click();
    // The lifted ban stays on the record, marked as lifted.
    await expect(bans).toContainText("Lifted:");
    await expect(page.getByText("Banned: new comments are rejected.")).toHaveCount(0);
    expect(db.select().from(commenterBans).where(eq(commenterBans.id, ban.id)).get()?.liftedById).toBe(staffId(db, "moderator"));
    const actions = db
      .select({ action: auditLog.action, summary: auditLog.summary })
      .from(auditLog)
      .all()
      .filter((a) => a.summary.includes(who.email))
      .map((a) => a.action)
      .sort();
    expect(actions).toEqual(["comment.ban", "comment.note", "comment.unban"]);
  } finally {
    db.delete(commenterBans).where(eq(commenterBans.email, who.email)).run();
    db.delete(commenterNotes).where(eq(commenterNotes.email, who.email)).run();
  }
});
