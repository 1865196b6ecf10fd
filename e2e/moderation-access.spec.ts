import { and, eq, ne } from "drizzle-orm";
import { articles, comments } from "../db/schema";
import { contextAs, expect, storageStateFor, test, uniqueSuffix } from "./fixtures";

test("an author is refused the moderation queue", async ({ browser }) => {
  const author = await contextAs(browser, "author");
  try {
    const page = await author.newPage();
    const response = await page.goto("/admin/comments");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  } finally {
    await author.close();
  }
});

test("a signed-out visitor is sent to sign in, coming back to the queue", async ({ browser }) => {
  const visitor = await contextAs(browser, null);
  try {
    const page = await visitor.newPage();
    await page.goto("/admin/comments");
    await expect(page).toHaveURL(/\/login\?callbackUrl=[^&]*%2Fadmin%2Fcomments$/);
  } finally {
    await visitor.close();
  }
});

test("the moderation action itself refuses an author who replays a moderator's form", async ({ browser, db, baseURL }) => {
  const article = db.select({ id: articles.id }).from(articles).where(eq(articles.slug, "riverside-flood-barrier-approved")).get()!;
  const suffix = uniqueSuffix();
  const { id } = db
    .insert(comments)
    .values({ articleId: article.id, authorName: `Ivo ${suffix}`, authorEmail: `ivo-${suffix}@example.test`, body: `Replay ${suffix}` })
    .returning({ id: comments.id })
    .get();
  // Without JavaScript React writes the action reference into the form, so it can be re-posted.
  const moderator = await browser.newContext({ storageState: storageStateFor("moderator"), javaScriptEnabled: false });
  const author = await contextAs(browser, "author");
  try {
    const page = await moderator.newPage();
    await page.goto("/admin/comments");
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: `Approve comment by Ivo ${suffix}` }) });
    const fields = await form.evaluate((el) =>
      [...new FormData(el as HTMLFormElement).entries()].map(([k, v]) => [k, String(v)] as [string, string]),
    );
    const body = new FormData();
    for (const [k, v] of fields) body.append(k, v);
    const statusNow = () => db.select({ status: comments.status }).from(comments).where(eq(comments.id, id)).get()?.status;
    await author.request.post(`${baseURL}/admin/comments`, { multipart: body, headers: { origin: baseURL! } });
    expect(statusNow()).toBe("pending");
    // Control: the same replayed form from the moderator's own session does go through.
    await moderator.request.post(`${baseURL}/admin/comments`, { multipart: body, headers: { origin: baseURL! } });
    expect(statusNow()).toBe("approved");
  } finally {
    db.delete(comments).where(and(eq(comments.id, id), ne(comments.status, "approved"))).run();
    await moderator.close();
    await author.close();
  }
});
