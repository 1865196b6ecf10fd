import { spawn } from "node:child_process";
import path from "node:path";
import { and, count, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commentDecisions, comments, siteSettings } from "@/db/schema";
import { DEFAULT_MODERATION_SETTINGS } from "@/lib/moderation/settings";
import { insertArticle, openFixture, type Fixture } from "@/lib/testing/articles-fixture";
import type { NewReaderComment } from "./comment-posting";

// Many writers at once, each a process with its own connection to one WAL database (as several
// server processes would be): posters go through the posting pipeline while moderators approve
// and reject. Proves: no comment lost or duplicated, every count exact, flood limits hold.

const WORKER = path.resolve("lib/testing/comment-writer-worker.ts");
const POSTERS = 5;
const MODERATORS = 2;
const PER_EMAIL = 4;
const PER_IP = 6;
const FLOOD_EMAILS = ["flood-a@c.test", "flood-b@c.test"];

type Stored = { id: number; body: string };
type PosterResult = { stored: Stored[]; refused: Array<{ body: string; refusal: string }> };
type ModeratorResult = { decided: Array<{ id: number; to: string }>; lost: number };

let f: Fixture;
let articleId = 0;
beforeAll(() => {
  f = openFixture();
  articleId = insertArticle(f, { slug: "concurrency-story" });
  const value = {
    ...DEFAULT_MODERATION_SETTINGS,
    defaultMode: "pre",
    floodPerCommenter: { max: PER_EMAIL, minutes: 60 },
    floodPerIp: { max: PER_IP, minutes: 60 },
    surge: { ...DEFAULT_MODERATION_SETTINGS.surge, enabled: false },
  };
  f.db.insert(siteSettings).values({ key: "moderation", value }).run();
});
afterAll(() => f.close());

/** Starts every writer, lets them all go at once, and collects each one's JSON report. */
async function runWriters(jobs: Array<{ role: "poster" | "moderator"; plan: unknown }>): Promise<unknown[]> {
  const children = jobs.map(({ role, plan }) =>
    spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", WORKER, role, JSON.stringify(plan)], {
      env: { ...process.env, DATABASE_PATH: process.env.DATABASE_PATH },
      stdio: ["pipe", "pipe", "pipe"],
    }),
  );
  const outputs = children.map((child) => {
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const ready = new Promise<void>((resolve, reject) => {
      const check = () => (out.includes("ready\n") ? resolve() : undefined);
      child.stdout.on("data", check);
      child.on("exit", () => reject(new Error(`writer exited before it was ready: ${err}`)));
    });
    const done = new Promise<unknown>((resolve, reject) =>
      child.on("exit", (code) => {
        if (code !== 0) return reject(new Error(`writer failed (${code}): ${err}`));
        resolve(JSON.parse(out.split("\n").filter(Boolean).pop()!));
      }),
    );
    return { child, ready, done };
  });
  await Promise.all(outputs.map((o) => o.ready));
  for (const { child } of outputs) child.stdin.write("go\n");
  return Promise.all(outputs.map((o) => o.done));
}

describe("posting comments with concurrent writers", () => {
  it("loses nothing, duplicates nothing, keeps counts exact and flood limits tight", { timeout: 120_000 }, async () => {
    // Each poster: 8 comments from its own commenters, 3 from each shared flooding email and 3
    // from one shared address with distinct emails. All of them race for the same limits.
    const plans = Array.from({ length: POSTERS }, (_, w) => {
      const posts: NewReaderComment[] = [];
      const add = (authorEmail: string, ipHash: string, i: number, kind: string) =>
        posts.push({ articleId, parentId: null, authorName: `W${w}`, authorEmail, body: `w${w}-${kind}-${i}`, ipHash });
      for (let i = 0; i < 8; i++) add(`w${w}-c${i}@c.test`, `w${w}-ip${i}`, i, "own");
      for (let i = 0; i < 3; i++) for (const email of FLOOD_EMAILS) add(email, `w${w}-f${i}-${email}`, i, email);
      for (let i = 0; i < 3; i++) add(`w${w}-shared${i}@c.test`, "shared-address", i, "shared");
      // Interleave so the kinds race with each other too.
      return { posts: posts.sort((a, b) => a.body.localeCompare(b.body)) };
    });
    const moderators = Array.from({ length: MODERATORS }, (_, m) => ({ articleId, actorId: f.userId, durationMs: 2000, seed: m + 7 }));
    const reports = await runWriters([
      ...plans.map((plan) => ({ role: "poster" as const, plan })),
      ...moderators.map((plan) => ({ role: "moderator" as const, plan })),
    ]);
    const posters = reports.slice(0, POSTERS) as PosterResult[];
    const mods = reports.slice(POSTERS) as ModeratorResult[];

    const attempted = plans.flatMap((p) => p.posts.map((c) => c.body));
    const stored = posters.flatMap((p) => p.stored);
    const refused = posters.flatMap((p) => p.refused);
    // Every attempt ended exactly one way.
    expect(stored.length + refused.length).toBe(attempted.length);
    expect(new Set([...stored.map((s) => s.body), ...refused.map((r) => r.body)])).toEqual(new Set(attempted));
    expect(refused.every((r) => r.refusal === "flood")).toBe(true);

    // Nothing lost, nothing duplicated: the table holds exactly what the writers were told was stored.
    const rows = f.db.select({ id: comments.id, body: comments.body, email: comments.authorEmail, ipHash: comments.ipHash }).from(comments).where(eq(comments.articleId, articleId)).all();
    expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(stored.map((s) => s.id).sort((a, b) => a - b));
    expect(new Set(rows.map((r) => r.body)).size).toBe(rows.length);
    for (const s of stored) expect(rows.find((r) => r.id === s.id)?.body).toBe(s.body);

    // The flood limits held exactly, however the posts interleaved.
    for (const email of FLOOD_EMAILS) expect(rows.filter((r) => r.email === email)).toHaveLength(PER_EMAIL);
    expect(rows.filter((r) => r.ipHash === "shared-address")).toHaveLength(PER_IP);
    expect(rows.filter((r) => r.body.includes("-own-"))).toHaveLength(POSTERS * 8);

    // One rule decision per stored comment, and one per winning moderator decision; no comment
    // was decided twice, and the statuses match the decisions exactly.
    const decisions = (actor: "rule" | "person") =>
      f.db
        .select({ n: count() })
        .from(commentDecisions)
        .innerJoin(comments, eq(comments.id, commentDecisions.commentId))
        .where(and(eq(comments.articleId, articleId), actor === "rule" ? isNull(commentDecisions.actorId) : isNotNull(commentDecisions.actorId)))
        .get()!.n;
    expect(decisions("rule")).toBe(rows.length);
    const won = mods.flatMap((m) => m.decided);
    expect(won.length).toBeGreaterThan(0);
    expect(decisions("person")).toBe(won.length);
    expect(new Set(won.map((d) => d.id)).size).toBe(won.length);
    const byStatus = Object.fromEntries(
      f.db
        .select({ status: comments.status, n: sql<number>`count(*)` })
        .from(comments)
        .where(eq(comments.articleId, articleId))
        .groupBy(comments.status)
        .all()
        .map((r) => [r.status, r.n]),
    );
    expect(byStatus.approved ?? 0).toBe(won.filter((d) => d.to === "approved").length);
    expect(byStatus.rejected ?? 0).toBe(won.filter((d) => d.to === "rejected").length);
    expect(byStatus.pending ?? 0).toBe(rows.length - won.length);
  });
});
