import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { articles, frontPageSlots } from "@/db/schema";
import { daysAgo, insertArticle, openFixture, type Fixture } from "@/lib/testing/articles-fixture";
import {
  clearLead,
  getFrontPageCuration,
  getFrontPageStories,
  listFrontPageCandidates,
  MAX_PINS,
  movePin,
  pinArticle,
  setLead,
  unpinArticle,
} from "./front-page";

let f: Fixture;
const id: Record<string, number> = {};

// Six live stories, newest first: s1 (an hour old) … s6; plus a draft.
beforeAll(() => {
  f = openFixture();
  for (let i = 1; i <= 6; i++)
    id[`s${i}`] = insertArticle(f, { slug: `s${i}`, publishedAt: daysAgo(i / 24) });
  id.draft = insertArticle(f, { slug: "draft", status: "draft", publishedAt: null });
});
afterAll(() => f.close());
beforeEach(() => {
  f.db.delete(frontPageSlots).run();
});

const slugs = (cards: Array<{ slug: string }>) => cards.map((c) => c.slug);

describe("getFrontPageStories", () => {
  it("without curation leads with the newest story, then the rest by date", () => {
    const page = getFrontPageStories(3);
    expect(page.lead?.slug).toBe("s1");
    expect(page.pinned).toEqual([]);
    expect(slugs(page.latest)).toEqual(["s2", "s3", "s4"]);
  });

  it("puts the chosen lead first and the pins in order, and never repeats them below", () => {
    setLead(id.s4!);
    pinArticle(id.s3!);
    pinArticle(id.s1!);
    const page = getFrontPageStories(3);
    expect(page.lead?.slug).toBe("s4");
    expect(slugs(page.pinned)).toEqual(["s3", "s1"]);
    expect(slugs(page.latest)).toEqual(["s2", "s5", "s6"]);
  });

  it("falls back to the newest story when the lead goes off line, and skips pins that did", () => {
    const pulled = insertArticle(f, { slug: "pulled-lead", publishedAt: daysAgo(0.01) });
    const pulledPin = insertArticle(f, { slug: "pulled-pin", publishedAt: daysAgo(3) });
    setLead(pulled);
    pinArticle(pulledPin);
    pinArticle(id.s5!);
    f.db.update(articles).set({ status: "unpublished" }).where(eq(articles.id, pulled)).run();
    f.db.update(articles).set({ status: "unpublished" }).where(eq(articles.id, pulledPin)).run();
    const page = getFrontPageStories(2);
    expect(page.lead?.slug).toBe("s1");
    expect(slugs(page.pinned)).toEqual(["s5"]);
    expect(slugs(page.latest)).toEqual(["s2", "s3"]);
    // The desk still sees them, marked, so it can tidy up.
    expect(getFrontPageCuration().lead).toMatchObject({ slug: "pulled-lead", live: false });
  });
});

describe("curation", () => {
  it("moves, unpins and renumbers pins", () => {
    for (const s of ["s1", "s2", "s3"]) expect(pinArticle(id[s]!)).toBe("pinned");
    expect(movePin(id.s3!, "up")).toBe(true);
    expect(slugs(getFrontPageCuration().pins)).toEqual(["s1", "s3", "s2"]);
    expect(movePin(id.s1!, "up")).toBe(false);
    expect(movePin(id.s2!, "down")).toBe(false);
    expect(movePin(id.s4!, "down")).toBe(false);
    expect(unpinArticle(id.s1!)).toBe(true);
    expect(unpinArticle(id.s1!)).toBe(false);
    expect(movePin(id.s2!, "up")).toBe(true);
    expect(slugs(getFrontPageCuration().pins)).toEqual(["s2", "s3"]);
    const positions = f.db
      .select({ p: frontPageSlots.position })
      .from(frontPageSlots)
      .all()
      .map((r) => r.p)
      .sort();
    expect(positions).toEqual([0, 1]);
  });

  it("keeps one lead; a pinned story chosen as lead leaves the pins", () => {
    pinArticle(id.s2!);
    pinArticle(id.s3!);
    setLead(id.s1!);
    setLead(id.s3!);
    const curation = getFrontPageCuration();
    expect(curation.lead?.slug).toBe("s3");
    expect(slugs(curation.pins)).toEqual(["s2"]);
    expect(pinArticle(id.s3!)).toBe("is-lead");
    expect(pinArticle(id.s2!)).toBe("already-pinned");
    expect(clearLead()).toBe(true);
    expect(clearLead()).toBe(false);
    expect(getFrontPageCuration().lead).toBeNull();
    expect(slugs(getFrontPageCuration().pins)).toEqual(["s2"]);
  });

  it(`refuses more than ${MAX_PINS} pins`, () => {
    const extra = Array.from({ length: MAX_PINS + 1 }, (_, i) =>
      insertArticle(f, { slug: `many-${i}`, publishedAt: daysAgo(30) }),
    );
    for (const a of extra.slice(0, MAX_PINS)) expect(pinArticle(a)).toBe("pinned");
    expect(pinArticle(extra[MAX_PINS]!)).toBe("full");
  });

  it("offers only live stories as candidates, newest first", () => {
    const candidates = listFrontPageCandidates(3);
    expect(candidates.map((c) => c.id)).toEqual([id.s1, id.s2, id.s3]);
    expect(listFrontPageCandidates().some((c) => c.id === id.draft)).toBe(false);
  });
});
