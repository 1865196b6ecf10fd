// One concurrent writer for db/queries/comment-posting.concurrency.test.ts, run as its own
// process (`node --conditions=react-server --import tsx`), with its own connection to the test
// database named by DATABASE_PATH, exactly as a server process would have.
//
// argv: "poster" <json plan> | "moderator" <json plan>. Waits for "go" on stdin so all writers
// start together, then prints one JSON line with what it did.
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { recordCommentDecision } from "@/db/comment-decisions";
import { postComment, type NewReaderComment } from "@/db/queries/comment-posting";
import { comments } from "@/db/schema";

type PosterPlan = { posts: NewReaderComment[] };
type ModeratorPlan = { articleId: number; actorId: number; durationMs: number; seed: number };

function poster(plan: PosterPlan) {
  const stored: Array<{ id: number; body: string }> = [];
  const refused: Array<{ body: string; refusal: string }> = [];
  for (const post of plan.posts) {
    const result = postComment(post);
    if (result.kind === "stored") stored.push({ id: result.id, body: post.body });
    else if (result.kind === "refused") refused.push({ body: post.body, refusal: result.verdict.refusal ?? "" });
    else throw new Error(`Article ${post.articleId} unavailable`);
  }
  return { stored, refused };
}

/**
 * Approves or rejects pending comments as a moderator's action does: one guarded UPDATE (only
 * from "pending") and its history row in one IMMEDIATE transaction. Two moderators may pick
 * the same comment; only one may win.
 */
function moderator(plan: ModeratorPlan) {
  const decided: Array<{ id: number; to: "approved" | "rejected" }> = [];
  let lost = 0;
  let seed = plan.seed;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  // Runs for a while rather than a number of rounds: posters may still be starting up.
  const until = Date.now() + plan.durationMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (Date.now() < until) {
    Atomics.wait(pause, 0, 0, 3);
    const pending = db
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.articleId, plan.articleId), eq(comments.status, "pending")))
      .limit(20)
      .all()
      .map((r) => r.id);
    const picks = pending.filter(() => random() < 0.5);
    for (const id of picks) {
      const to = random() < 0.7 ? ("approved" as const) : ("rejected" as const);
      const won = db.transaction(
        () => {
          const row = db
            .update(comments)
            .set({ status: to, moderatedById: plan.actorId, moderatedAt: new Date() })
            .where(and(eq(comments.id, id), inArray(comments.status, ["pending"])))
            .returning({ id: comments.id })
            .get();
          if (!row) return false;
          recordCommentDecision(db, {
            commentId: id,
            articleId: plan.articleId,
            actorId: plan.actorId,
            action: to === "approved" ? "approve" : "reject",
            fromStatus: "pending",
            toStatus: to,
            summary: "Concurrency test decision",
          });
          return true;
        },
        { behavior: "immediate" },
      );
      if (won) decided.push({ id, to });
      else lost++;
    }
  }
  return { decided, lost };
}

const [role, planJson] = process.argv.slice(2);
process.stdout.write("ready\n");
process.stdin.once("data", () => {
  const plan = JSON.parse(planJson ?? "{}");
  const result = role === "poster" ? poster(plan) : moderator(plan);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  db.$client.close();
  process.exit(0);
});
