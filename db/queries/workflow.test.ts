import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { draftWrite } from "@/lib/testing/articles-fixture";
import { sections, users } from "@/db/schema";
import { createArticle, getArticleForEdit } from "./article-editor";
import { getPublishedArticleBySlug, listLatestPublished } from "./articles";
import {
  countWaitingForReview,
  listTransitions,
  listUpcoming,
  listWaitingForReview,
  nextScheduledChange,
  promoteDueScheduled,
  setAssignment,
  transitionArticle,
} from "./workflow";

let editorId = 0;
let authorId = 0;
let sectionId = 0;

beforeAll(() => {
  const setup = openDatabase(process.env.DATABASE_PATH!);
  const person = (name: string, role: "author" | "editor") =>
    setup.insert(users).values({ email: `${name}@test.local`, name, slug: name, passwordHash: "x", role }).returning({ id: users.id }).get().id;
  editorId = person("eda", "editor");
  authorId = person("aut", "author");
  sectionId = setup.insert(sections).values({ slug: "news", name: "News" }).returning({ id: sections.id }).get().id;
  setup.$client.close();
});

function newDraft(slug: string) {
  return createArticle({ ...draftWrite(sectionId, authorId, { slug, headline: `Headline ${slug}` }), createdById: authorId });
}

describe("transitionArticle", () => {
  it("moves only from the status the actor saw, and logs who, when, from, to and the note", () => {
    const { id } = newDraft("review-me");
    expect(transitionArticle({ id, from: "draft", to: "review", actorId: authorId })?.status).toBe("review");
    // A second click on the stale page finds nothing in "draft" to move.
    expect(transitionArticle({ id, from: "draft", to: "review", actorId: authorId })).toBeUndefined();
    transitionArticle({ id, from: "review", to: "draft", actorId: editorId, note: "Needs a second source." });
    const log = listTransitions(id);
    expect(log.map((t) => [t.from, t.to])).toEqual([
      ["review", "draft"],
      ["draft", "review"],
    ]);
    expect(log[0]).toMatchObject({ note: "Needs a second source.", actorName: "eda" });
  });

  it("stamps publish with now and schedule with the chosen time", () => {
    const { id } = newDraft("stamps");
    const now = new Date("2030-03-03T03:03:03Z");
    expect(transitionArticle({ id, from: "draft", to: "published", actorId: editorId, now })?.publishedAt).toEqual(now);
    transitionArticle({ id, from: "published", to: "unpublished", actorId: editorId });
    const at = new Date(Date.now() + 3_600_000);
    at.setMilliseconds(0);
    expect(transitionArticle({ id, from: "unpublished", to: "scheduled", actorId: editorId, publishAt: at })?.publishedAt).toEqual(at);
  });
});

describe("scheduling by the clock", () => {
  it("keeps a scheduled story off the site until its time, then shows it with no job run", () => {
    const future = newDraft("future-story");
    const past = newDraft("past-story");
    const soon = new Date(Date.now() + 3_600_000);
    soon.setMilliseconds(0);
    transitionArticle({ id: future.id, from: "draft", to: "scheduled", actorId: editorId, publishAt: soon });
    transitionArticle({ id: past.id, from: "draft", to: "scheduled", actorId: editorId, publishAt: new Date(Date.now() - 1000) });

    expect(getPublishedArticleBySlug("future-story")).toBeUndefined();
    expect(getPublishedArticleBySlug("past-story")?.headline).toBe("Headline past-story");
    const front = listLatestPublished({ limit: 50, offset: 0 }).map((a) => a.slug);
    expect(front).toContain("past-story");
    expect(front).not.toContain("future-story");
    expect(listUpcoming().map((r) => r.id)).toContain(future.id);
    expect(nextScheduledChange()?.getTime()).toBeLessThanOrEqual(soon.getTime());
  });

  it("records the clock's publication in the staff views", () => {
    const { id } = newDraft("promote-me");
    const at = new Date(Date.now() - 5_000);
    at.setMilliseconds(0);
    transitionArticle({ id, from: "draft", to: "scheduled", actorId: editorId, publishAt: at });
    expect(promoteDueScheduled()).toContain("promote-me");
    expect(getArticleForEdit(id)).toMatchObject({ status: "published", publishedAt: at });
    expect(listTransitions(id)[0]).toMatchObject({ from: "scheduled", to: "published", actorName: null });
  });

  it("has no next change when nothing is scheduled ahead", () => {
    expect(nextScheduledChange(new Date("2999-01-01T00:00:00Z"))).toBeNull();
  });
});

describe("the review queue", () => {
  it("lists stories in review, due ones first, with their assignee, and counts them", () => {
    const before = countWaitingForReview();
    const late = newDraft("queue-late");
    const due = newDraft("queue-due");
    for (const { id } of [late, due]) transitionArticle({ id, from: "draft", to: "review", actorId: authorId });
    setAssignment(due.id, editorId, new Date("2031-01-01T09:00:00Z"));
    const rows = listWaitingForReview();
    expect(countWaitingForReview()).toBe(before + 2);
    expect(rows[0]).toMatchObject({ id: due.id, assigneeName: "eda" });
    expect(rows.map((r) => r.id)).toContain(late.id);
  });
});
