import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { draftWrite } from "@/lib/testing/articles-fixture";
import { sections, users } from "@/db/schema";
import { createArticle, getArticleForEdit } from "./article-editor";
import { getPublishedArticleBySlug } from "./articles";
import { listRevisions } from "./revisions";
import { applyDueScheduledUpdates, cancelScheduledUpdate, listPendingUpdates, scheduleUpdate } from "./scheduled-updates";
import { nextScheduledChange, transitionArticle } from "./workflow";

let editorId = 0;
let sectionId = 0;

beforeAll(() => {
  const setup = openDatabase(process.env.DATABASE_PATH!);
  editorId = setup.insert(users).values({ email: "ed@test.local", name: "Ed", slug: "ed", passwordHash: "x", role: "editor" }).returning({ id: users.id }).get().id;
  sectionId = setup.insert(sections).values({ slug: "news", name: "News" }).returning({ id: sections.id }).get().id;
  setup.$client.close();
});

function liveArticle(slug: string) {
  const write = draftWrite(sectionId, editorId, { slug, headline: "Old headline", dek: "Old dek", body: "Old body" });
  const { id } = createArticle({ ...write, createdById: editorId });
  transitionArticle({ id, from: "draft", to: "published", actorId: editorId, now: new Date(Date.now() - 60_000) });
  return id;
}

const snapshot = { headline: "New headline", dek: "New dek", body: "New body" };

describe("scheduled updates of a live story", () => {
  it("leave readers on the current text until their time, then swap it in once", () => {
    const id = liveArticle("swap-me");
    const at = new Date(Date.now() + 60_000);
    at.setMilliseconds(0);
    scheduleUpdate({ articleId: id, snapshot, publishAt: at, createdById: editorId });
    expect(listPendingUpdates(id)).toEqual([expect.objectContaining({ publishAt: at, headline: "New headline", createdByName: "Ed" })]);
    expect(nextScheduledChange()?.getTime()).toBeLessThanOrEqual(at.getTime());

    expect(applyDueScheduledUpdates(new Date())).toBe(0);
    expect(getPublishedArticleBySlug("swap-me")?.headline).toBe("Old headline");

    const later = new Date(at.getTime() + 1000);
    expect(applyDueScheduledUpdates(later)).toBe(1);
    expect(applyDueScheduledUpdates(later)).toBe(0);
    expect(getArticleForEdit(id)).toMatchObject({ headline: "New headline", dek: "New dek", body: "New body", updatedAt: at });
    expect(listPendingUpdates(id)).toEqual([]);
    expect(listRevisions(id)[0]?.note).toBe("Scheduled update went live");
  });

  it("can be cancelled before, not after, they go live", () => {
    const id = liveArticle("cancel-me");
    const pending = scheduleUpdate({ articleId: id, snapshot, publishAt: new Date(Date.now() + 60_000), createdById: editorId });
    expect(cancelScheduledUpdate(pending, id + 1)).toBe(false);
    expect(cancelScheduledUpdate(pending, id)).toBe(true);
    const applied = scheduleUpdate({ articleId: id, snapshot, publishAt: new Date(Date.now() - 1000), createdById: editorId });
    applyDueScheduledUpdates();
    expect(cancelScheduledUpdate(applied, id)).toBe(false);
  });
});
