import { eq } from "drizzle-orm";
import type { DB } from "../db/client";
import { comments, correctionDrafts, corrections } from "../db/schema";
import {
  button,
  byEditor,
  editPath,
  insertArticle,
  removeArticle,
  testActionDoors,
  type ActionDoor,
} from "./access-control-helpers";

// The editor's answers to a factual challenge, knocked on by a signed-out visitor, a deactivated
// admin, an author and a moderator (none may publish), with the database checked unchanged after
// each; an editor's identical request then goes through.

/** A live story of the test's own with a comment and the correction draft it opened. */
function arrangeDraft(db: DB, suffix: string) {
  const story = insertArticle(db, { suffix, label: "challenge", createdBy: "author", byline: ["author"], status: "published" });
  const comment = db
    .insert(comments)
    .values({ articleId: story.id, authorName: `Draft ACL ${suffix}`, authorEmail: `draft-acl-${suffix}@example.test`, body: `Probe ${suffix}`, status: "approved", ipHash: `acl-${suffix}` })
    .returning({ id: comments.id })
    .get();
  const draft = db
    .insert(correctionDrafts)
    .values({ articleId: story.id, commentId: comment.id, note: `Probe note ${suffix}`, body: `Probe note ${suffix}` })
    .returning({ id: correctionDrafts.id })
    .get();
  const state = () => ({
    draft: db.select({ status: correctionDrafts.status }).from(correctionDrafts).where(eq(correctionDrafts.id, draft.id)).get()?.status,
    published: db.select({ body: corrections.body }).from(corrections).where(eq(corrections.articleId, story.id)).all(),
  });
  return { story, state };
}

const DOORS: ActionDoor[] = [
  {
    action: "correctionDraftAction, publishing a challenge’s draft",
    ...byEditor,
    arrange: (db, suffix) => {
      const { story, state } = arrangeDraft(db, suffix);
      const body = `The probe was misnamed ${suffix}.`;
      return {
        url: editPath(story.id),
        capture: { via: "form", button: button("Publish draft as correction"), overrides: { kind: "correction", body } },
        state,
        after: { draft: "published", published: [{ body }] },
        // Unpublishing refreshes the story, /corrections and the lists; the rows go with the article.
        cleanup: (press) => removeArticle(db, story.id, press),
      };
    },
  },
  {
    action: "correctionDraftAction, dismissing a challenge’s draft",
    ...byEditor,
    arrange: (db, suffix) => {
      const { story, state } = arrangeDraft(db, suffix);
      return {
        url: editPath(story.id),
        capture: { via: "form", button: button("Dismiss draft") },
        state,
        after: { draft: "dismissed", published: [] },
        cleanup: (press) => removeArticle(db, story.id, press),
      };
    },
  },
];

testActionDoors(DOORS);
