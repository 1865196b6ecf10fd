import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import type { Tx } from "@/db/client";
import { articles, frontPageSlots } from "@/db/schema";
import { listLatestPublished, listPublishedByIds, type ArticleCard } from "./articles";
import { isPublicArticle } from "./public-rule";

// The curated front page: one chosen lead and an ordered list of pinned stories, one row per
// article (so a story is the lead or pinned, never both). A slot whose article goes off line
// is simply skipped on the public page, and comes back if the story is republished.

export const MAX_PINS = 6;


export type SlotStory = { id: number; headline: string; slug: string; live: boolean };
export type FrontPageCuration = { lead: SlotStory | null; pins: SlotStory[] };

const slotOrder = [asc(frontPageSlots.position), asc(frontPageSlots.articleId)];

/** The desk's view: the chosen lead and the pins in order, live or not. */
export function getFrontPageCuration(): FrontPageCuration {
  const rows = db
    .select({
      id: articles.id,
      headline: articles.headline,
      slug: articles.slug,
      live: sql<number>`(${isPublicArticle})`.mapWith(Boolean),
      isLead: frontPageSlots.isLead,
    })
    .from(frontPageSlots)
    .innerJoin(articles, eq(articles.id, frontPageSlots.articleId))
    .orderBy(...slotOrder)
    .all();
  const lead = rows.find((r) => r.isLead);
  const story = ({ isLead: _isLead, ...s }: (typeof rows)[number]): SlotStory => s;
  return { lead: lead ? story(lead) : null, pins: rows.filter((r) => !r.isLead).map(story) };
}

export type FrontPageCandidate = { id: number; headline: string; publishedAt: Date | null };

/** Stories the desk may put on the front page: live ones, newest first. */
export function listFrontPageCandidates(limit = 100): FrontPageCandidate[] {
  return db
    .select({ id: articles.id, headline: articles.headline, publishedAt: articles.publishedAt })
    .from(articles)
    .where(isPublicArticle)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all();
}

/** Headline of a story readers can see now; undefined for anything else. */
export function getLiveHeadline(articleId: number): string | undefined {
  return db
    .select({ headline: articles.headline })
    .from(articles)
    .where(and(eq(articles.id, articleId), isPublicArticle))
    .get()?.headline;
}

function pinIds(tx: Tx): number[] {
  return tx
    .select({ id: frontPageSlots.articleId })
    .from(frontPageSlots)
    .where(eq(frontPageSlots.isLead, false))
    .orderBy(...slotOrder)
    .all()
    .map((r) => r.id);
}

/** Positions 0..n-1 in the given order, so "up" and "down" always have a neighbour to swap with. */
function renumber(tx: Tx, ids: number[]): void {
  ids.forEach((articleId, position) => {
    tx.update(frontPageSlots).set({ position }).where(eq(frontPageSlots.articleId, articleId)).run();
  });
}

/** Makes the story the lead, replacing the previous one; a pinned story moves up to lead. */
export function setLead(articleId: number): void {
  db.transaction((tx) => {
    tx.delete(frontPageSlots).where(eq(frontPageSlots.isLead, true)).run();
    tx.delete(frontPageSlots).where(eq(frontPageSlots.articleId, articleId)).run();
    tx.insert(frontPageSlots).values({ articleId, isLead: true, position: 0 }).run();
    renumber(tx, pinIds(tx));
  });
}

/** Back to the default: the newest story leads. False when no lead was chosen. */
export function clearLead(): boolean {
  return db.delete(frontPageSlots).where(eq(frontPageSlots.isLead, true)).run().changes > 0;
}

export type PinResult = "pinned" | "already-pinned" | "is-lead" | "full";

/** Adds the story at the end of the pins. */
export function pinArticle(articleId: number): PinResult {
  return db.transaction((tx) => {
    const existing = tx
      .select({ isLead: frontPageSlots.isLead })
      .from(frontPageSlots)
      .where(eq(frontPageSlots.articleId, articleId))
      .get();
    if (existing) return existing.isLead ? "is-lead" : "already-pinned";
    const pins = pinIds(tx);
    if (pins.length >= MAX_PINS) return "full";
    tx.insert(frontPageSlots).values({ articleId, isLead: false, position: pins.length }).run();
    return "pinned";
  });
}

export function unpinArticle(articleId: number): boolean {
  return db.transaction((tx) => {
    const removed = tx
      .delete(frontPageSlots)
      .where(and(eq(frontPageSlots.articleId, articleId), eq(frontPageSlots.isLead, false)))
      .run().changes;
    if (removed) renumber(tx, pinIds(tx));
    return removed > 0;
  });
}

/** Swaps a pin with its neighbour; false when it is not pinned or already at that end. */
export function movePin(articleId: number, direction: "up" | "down"): boolean {
  return db.transaction((tx) => {
    const ids = pinIds(tx);
    const from = ids.indexOf(articleId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= ids.length) return false;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    renumber(tx, ids);
    return true;
  });
}

export type FrontPageStories = {
  lead: ArticleCard | undefined;
  pinned: ArticleCard[];
  latest: ArticleCard[];
};

/**
 * What readers see: the chosen lead if it is still live (else the newest story), the live pins
 * in order, then the latest stories not already shown above.
 */
export function getFrontPageStories(latestCount: number): FrontPageStories {
  const slots = db
    .select({ articleId: frontPageSlots.articleId, isLead: frontPageSlots.isLead })
    .from(frontPageSlots)
    .orderBy(...slotOrder)
    .all();
  const cards = new Map(listPublishedByIds(slots.map((s) => s.articleId)).map((c) => [c.id, c]));
  const leadSlot = slots.find((s) => s.isLead);
  const chosenLead = leadSlot ? cards.get(leadSlot.articleId) : undefined;
  const pinned = slots
    .filter((s) => !s.isLead)
    .map((s) => cards.get(s.articleId))
    .filter((c): c is ArticleCard => c !== undefined);
  const shown = new Set([...pinned.map((c) => c.id), ...(chosenLead ? [chosenLead.id] : [])]);
  const newest = listLatestPublished({ limit: latestCount + shown.size + 1, offset: 0 }).filter(
    (c) => !shown.has(c.id),
  );
  const lead = chosenLead ?? newest.shift();
  return { lead, pinned, latest: newest.slice(0, latestCount) };
}
