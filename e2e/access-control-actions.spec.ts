import crypto from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { DB } from "../db/client";
import {
  articleRevisions,
  articles,
  corrections,
  editorPresence,
  scheduledUpdates,
  sections,
  users,
  type ArticleStatus,
} from "../db/schema";
import {
  ACTORS,
  PUBLISHERS,
  WRITERS,
  articleStatus,
  button,
  byEditor,
  editPath,
  expect,
  expectRefused,
  insertArticle,
  record,
  removeArticle,
  sessionOf,
  staffId,
  storageStateFor,
  test,
  testActionDoors,
  tomorrow,
  uniqueSuffix,
  utcField,
  type ActionDoor,
  type Actor,
  type ButtonOf,
  type Refusal,
  type Reply,
  type StaffRole,
} from "./access-control-helpers";

// The article actions, called directly (see testActionDoors in access-control-helpers.ts): the
// editor's save, autosave, presence and preview; every workflow move; and a story's scheduled
// updates, corrections, revisions and preview links. The front page, media, moderation, staff
// and one's own account are in access-control-actions-desk.spec.ts.

/** What the article-level checks say to a writer outside their own drafts. */
const NOT_YOUR_ARTICLE = /^You do not have permission to edit this article\.$/;
const NOT_YOURS_TO_SHARE = /^You do not have permission to share this article\.$/;

/** A script call refused without a message: the reply says `{ ok: false }` and nothing more. */
const quietRefusal: Refusal = (reply: Reply) => {
  expect(reply.text).toMatch(/\{"ok":false\}/);
  expect(reply.text).not.toContain('"others"');
};

const headlineOf = (db: DB, id: number) =>
  db.select({ headline: articles.headline }).from(articles).where(eq(articles.id, id)).get();

// ---------------------------------------------------------------------------------------------
// 1. The article editor.

const saveButton: ButtonOf = (page) => page.getByRole("button", { name: /^Save (draft|changes)$/ });

/** useAutosave's AUTOSAVE_DELAY_MS (a client module, so not imported here), plus a second. */
const AUTOSAVE_WAIT_MS = 21_000;

function autosaveDoor(door: {
  story: string;
  owner: StaffRole;
  status: ArticleStatus;
  allowed: StaffRole[];
  capturedAs: StaffRole;
  control: StaffRole;
  refusals?: ActionDoor["refusals"];
}): ActionDoor {
  return {
    action: `autosaveArticleAction on ${door.story}`,
    ...door,
    arrange: (db, suffix) => {
      const { id } = insertArticle(db, {
        suffix,
        label: "autosave",
        createdBy: door.owner,
        byline: [door.owner],
        status: door.status,
      });
      const headline = `Autosaved ${suffix}`;
      return {
        url: editPath(id),
        capture: {
          via: "script",
          marker: headline,
          // A fake clock, so the 20-second autosave timer fires at once.
          setup: (page) => page.clock.install(),
          act: async (page) => {
            await page.getByLabel("Headline").fill(headline);
            await page.clock.fastForward(AUTOSAVE_WAIT_MS);
          },
        },
        state: () => headlineOf(db, id),
        after: { headline },
        cleanup: (press) => removeArticle(db, id, press),
      };
    },
  };
}

const EDITOR_DOORS: ActionDoor[] = [
  {
    action: "saveArticleAction, a new draft",
    allowed: WRITERS,
    capturedAs: "author",
    control: "author",
    arrange: (db, suffix) => {
      const headline = `ACL new ${suffix}`;
      const slug = `acl-new-${suffix}`;
      return {
        url: "/admin/articles/new",
        capture: {
          via: "script",
          marker: headline,
          act: async (page) => {
            await page.getByLabel("Headline").fill(headline);
            await page.getByLabel("Slug").fill(slug);
            await page.getByLabel("Dek").fill("An access-control probe.");
            await page.getByLabel("Section").selectOption({ label: "News" });
            await saveButton(page).click();
          },
        },
        state: () =>
          db
            .select({ status: articles.status, createdById: articles.createdById })
            .from(articles)
            .where(eq(articles.slug, slug))
            .get() ?? null,
        after: { status: "draft", createdById: staffId(db, "author") },
        cleanup: () => void db.delete(articles).where(eq(articles.slug, slug)).run(),
      };
    },
  },
  {
    action: "saveArticleAction, editing another writer's draft",
    allowed: PUBLISHERS,
    capturedAs: "editor",
    control: "admin",
    refusals: { author: NOT_YOUR_ARTICLE },
    arrange: (db, suffix) => {
      const { id } = insertArticle(db, {
        suffix,
        label: "editor-draft",
        createdBy: "editor",
        byline: ["editor"],
        status: "draft",
      });
      const headline = `Rewritten ${suffix}`;
      return {
        url: editPath(id),
        capture: {
          via: "script",
          marker: headline,
          act: async (page) => {
            await page.getByLabel("Headline").fill(headline);
            await saveButton(page).click();
          },
        },
        state: () => headlineOf(db, id),
        after: { headline },
        cleanup: (press) => removeArticle(db, id, press),
      };
    },
  },
  autosaveDoor({
    story: "the author's own draft",
    owner: "author",
    status: "draft",
    allowed: WRITERS,
    capturedAs: "author",
    control: "author",
  }),
  autosaveDoor({
    story: "another writer's draft",
    owner: "editor",
    status: "draft",
    allowed: PUBLISHERS,
    capturedAs: "editor",
    control: "admin",
    refusals: { author: NOT_YOUR_ARTICLE },
  }),
  autosaveDoor({
    // In review the text is the editors': the writer may only withdraw it.
    story: "the author's own story in review",
    owner: "author",
    status: "review",
    allowed: PUBLISHERS,
    capturedAs: "editor",
    control: "editor",
    refusals: { author: NOT_YOUR_ARTICLE },
  }),
  {
    action: "presenceHeartbeatAction on another writer's draft",
    allowed: PUBLISHERS,
    capturedAs: "editor",
    control: "admin",
    // The heartbeat answers a refusal with a bare { ok: false }: no one is told who is editing.
    refusals: { author: quietRefusal, moderator: quietRefusal },
    arrange: (db, suffix) => {
      const { id } = insertArticle(db, {
        suffix,
        label: "presence",
        createdBy: "editor",
        byline: ["editor"],
        status: "draft",
      });
      return {
        url: editPath(id),
        // The editor's first heartbeat goes out as the page opens, with the article id alone.
        capture: { via: "script", marker: `[${id}]`, act: async () => undefined },
        state: () =>
          db
            .select({ userId: editorPresence.userId })
            .from(editorPresence)
            .where(eq(editorPresence.articleId, id))
            .orderBy(asc(editorPresence.userId))
            .all(),
        after: [{ userId: staffId(db, "admin") }],
        cleanup: (press) => removeArticle(db, id, press),
      };
    },
  },
];

test.describe("the article editor's actions", () => {
  testActionDoors(EDITOR_DOORS);

  // The preview is no form: the editor's JavaScript calls it with the body as its argument.
  const PREVIEW_ALLOWED: StaffRole[] = WRITERS;
  const previewRefused = ACTORS.filter((actor) => !(PREVIEW_ALLOWED as Actor[]).includes(actor));
  test(`previewMarkdownAction: refused to ${previewRefused.join(", ")}; rendered for the author`, async ({
    browser,
    baseURL,
    deactivatedAdmin,
  }) => {
    const probe = `Probe ${uniqueSuffix()}`;
    const url = "/admin/articles/new";
    // The editor previews the body as it is typed.
    const send = await record(browser, baseURL!, storageStateFor("author"), url, {
      via: "script",
      marker: probe,
      act: (page) => page.getByLabel("Body", { exact: true }).fill(`## ${probe}`),
    });
    const rendered = `<h2>${probe}</h2>`;
    for (const actor of previewRefused) {
      const reply = await send(sessionOf(actor, deactivatedAdmin));
      expectRefused(reply, actor, url);
      expect(reply.text, `${actor} gets no preview`).not.toContain(rendered);
    }
    const control = await send(storageStateFor("author"));
    expect(control.text).toContain(rendered);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. The workflow: each move as the status machine allows it. The buttons are recorded as whoever
// is shown them and sent again as everyone else, e.g. the Publish button an author never sees.

type Move = {
  move: string;
  button: string;
  owner: StaffRole;
  from: ArticleStatus;
  to: ArticleStatus;
  allowed: StaffRole[];
  capturedAs: StaffRole;
  control: StaffRole;
  overrides?: Record<string, string>;
};

function moveDoor(m: Move): ActionDoor {
  return {
    action: `transitionArticleAction, ${m.move}`,
    allowed: m.allowed,
    capturedAs: m.capturedAs,
    control: m.control,
    arrange: (db, suffix) => {
      const { id } = insertArticle(db, {
        suffix,
        label: m.from,
        createdBy: m.owner,
        byline: [m.owner],
        status: m.from,
      });
      return {
        url: editPath(id),
        capture: { via: "form", button: button(m.button), overrides: m.overrides },
        state: () => articleStatus(db, id),
        after: { status: m.to },
        cleanup: (press) => removeArticle(db, id, press),
      };
    },
  };
}

const authorsStory = { owner: "author" } as const;

const WORKFLOW_DOORS: ActionDoor[] = [
  moveDoor({
    move: "the author submitting their own draft",
    button: "Submit for review",
    ...authorsStory,
    from: "draft",
    to: "review",
    allowed: WRITERS,
    capturedAs: "author",
    control: "author",
  }),
  moveDoor({
    move: "submitting another writer's draft",
    button: "Submit for review",
    owner: "editor",
    from: "draft",
    to: "review",
    allowed: PUBLISHERS,
    capturedAs: "editor",
    control: "admin",
  }),
  moveDoor({
    // Only the writer withdraws; an editor's way to hand a story back is sendBack, with a note.
    move: "withdrawing the author's story from review",
    button: "Withdraw from review",
    ...authorsStory,
    from: "review",
    to: "draft",
    allowed: ["author"],
    capturedAs: "author",
    control: "author",
  }),
  moveDoor({
    move: "sending the author's story back",
    button: "Send back to the writer",
    ...authorsStory,
    from: "review",
    to: "draft",
    ...byEditor,
    overrides: { note: "Needs a second source." },
  }),
  moveDoor({
    move: "publishing the author's own draft",
    button: "Publish now",
    ...authorsStory,
    from: "draft",
    to: "published",
    ...byEditor,
  }),
  moveDoor({
    move: "scheduling the author's own draft",
    button: "Schedule",
    ...authorsStory,
    from: "draft",
    to: "scheduled",
    ...byEditor,
    overrides: { publishAt: utcField(tomorrow()) },
  }),
  moveDoor({
    move: "cancelling the schedule of the author's story",
    button: "Cancel the schedule",
    ...authorsStory,
    from: "scheduled",
    to: "draft",
    ...byEditor,
  }),
  moveDoor({
    move: "unpublishing the author's live story",
    button: "Unpublish",
    ...authorsStory,
    from: "published",
    to: "unpublished",
    ...byEditor,
  }),
  moveDoor({
    move: "archiving the author's own draft",
    button: "Archive",
    ...authorsStory,
    from: "draft",
    to: "archived",
    ...byEditor,
  }),
  moveDoor({
    move: "restoring the author's archived story",
    button: "Restore to draft",
    ...authorsStory,
    from: "archived",
    to: "draft",
    ...byEditor,
  }),
  {
    action: "assignArticleAction, giving the author's draft an assignee",
    ...byEditor,
    arrange: (db, suffix) => {
      const { id } = insertArticle(db, {
        suffix,
        label: "assign",
        createdBy: "author",
        byline: ["author"],
        status: "draft",
      });
      const assigneeId = staffId(db, "author");
      return {
        url: editPath(id),
        capture: {
          via: "form",
          button: button("Save assignment"),
          overrides: { assigneeId: String(assigneeId) },
        },
        state: () =>
          db.select({ assigneeId: articles.assigneeId }).from(articles).where(eq(articles.id, id)).get(),
        after: { assigneeId },
        cleanup: (press) => removeArticle(db, id, press),
      };
    },
  },
];

test.describe("workflow actions", () => {
  testActionDoors(WORKFLOW_DOORS);
});

// ---------------------------------------------------------------------------------------------
// 3. A live story's extras: scheduled updates and corrections (editors only, even for the author
// on the byline); an unpublished story's preview link and its revisions (whoever may edit it).

function pendingUpdates(db: DB, articleId: number) {
  return db
    .select({ snapshot: scheduledUpdates.snapshot })
    .from(scheduledUpdates)
    .where(eq(scheduledUpdates.articleId, articleId))
    .all()
    .map((row) => (row.snapshot as { headline: string }).headline);
}

/** Two saved versions, the older one with another headline: revision 1 is there to restore. */
function insertRevisions(
  db: DB,
  article: { id: number; headline: string; slug: string },
  owner: StaffRole,
  old: string,
) {
  const news = db
    .select({ id: sections.id, name: sections.name })
    .from(sections)
    .where(eq(sections.slug, "news"))
    .get()!;
  const writer = db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.id, staffId(db, owner)))
    .get()!;
  for (const headline of [old, article.headline]) {
    const snapshot = {
      headline,
      slug: article.slug,
      dek: "An access-control probe.",
      body: "Probe body.",
      section: news,
      authors: [writer],
    };
    db.insert(articleRevisions).values({ articleId: article.id, authorId: writer.id, snapshot }).run();
  }
}

function restoreDoor(door: {
  story: string;
  owner: StaffRole;
  allowed: StaffRole[];
  capturedAs: StaffRole;
  control: StaffRole;
  refusals?: ActionDoor["refusals"];
}): ActionDoor {
  return {
    action: `restoreRevisionAction on ${door.story}`,
    ...door,
    arrange: (db, suffix) => {
      const article = insertArticle(db, {
        suffix,
        label: "revisions",
        createdBy: door.owner,
        byline: [door.owner],
        status: "draft",
      });
      const old = `Old headline ${suffix}`;
      insertRevisions(db, article, door.owner, old);
      return {
        url: `/admin/articles/${article.id}/revisions`,
        capture: { via: "form", button: button("Restore revision 1") },
        state: () => headlineOf(db, article.id),
        after: { headline: old },
        cleanup: (press) => removeArticle(db, article.id, press),
      };
    },
  };
}

function previewDoor(door: {
  act: "create" | "revoke";
  story: string;
  owner: StaffRole;
  allowed: StaffRole[];
  capturedAs: StaffRole;
  control: StaffRole;
  refusals?: ActionDoor["refusals"];
}): ActionDoor {
  const create = door.act === "create";
  return {
    action: `${create ? "createPreviewLinkAction" : "revokePreviewLinkAction"} on ${door.story}`,
    ...door,
    arrange: (db, suffix) => {
      const { id } = insertArticle(db, {
        suffix,
        label: "preview",
        createdBy: door.owner,
        byline: [door.owner],
        status: "draft",
      });
      if (!create) {
        const hash = crypto.createHash("sha256").update(`acl-${suffix}`).digest("hex");
        db.update(articles).set({ previewTokenHash: hash }).where(eq(articles.id, id)).run();
      }
      return {
        url: editPath(id),
        capture: { via: "form", button: button(create ? "Create preview link" : "Revoke link") },
        state: () => ({
          link:
            db.select({ hash: articles.previewTokenHash }).from(articles).where(eq(articles.id, id)).get()
              ?.hash != null,
        }),
        after: { link: create },
        cleanup: (press) => removeArticle(db, id, press),
      };
    },
  };
}

const EXTRAS_DOORS: ActionDoor[] = [
  {
    action: "scheduleUpdateAction, a new version of the author's live story",
    ...byEditor,
    arrange: (db, suffix) => {
      const { id } = insertArticle(db, {
        suffix,
        label: "update",
        createdBy: "author",
        byline: ["author"],
        status: "published",
      });
      const headline = `Updated headline ${suffix}`;
      return {
        url: `/admin/articles/${id}/update`,
        capture: {
          via: "form",
          button: button("Schedule update"),
          overrides: { headline, publishAt: utcField(tomorrow()) },
        },
        state: () => pendingUpdates(db, id),
        after: [headline],
        // Called off before it is due, so readers never see it; then unpublished through the app.
        cleanup: async (press) => {
          db.delete(scheduledUpdates).where(eq(scheduledUpdates.articleId, id)).run();
          await removeArticle(db, id, press);
        },
      };
    },
  },
  {
    action: "cancelScheduledUpdateAction on the author's live story",
    ...byEditor,
    arrange: (db, suffix) => {
      const { id } = insertArticle(db, {
        suffix,
        label: "cancel-update",
        createdBy: "author",
        byline: ["author"],
        status: "published",
      });
      const headline = `Pending headline ${suffix}`;
      db.insert(scheduledUpdates)
        .values({
          articleId: id,
          snapshot: { headline, dek: "", body: "Probe body." },
          publishAt: tomorrow(),
          createdById: staffId(db, "editor"),
        })
        .run();
      return {
        url: editPath(id),
        capture: { via: "form", button: button(/^Cancel the update going live/) },
        state: () => pendingUpdates(db, id),
        after: [],
        cleanup: async (press) => {
          db.delete(scheduledUpdates).where(eq(scheduledUpdates.articleId, id)).run();
          await removeArticle(db, id, press);
        },
      };
    },
  },
  {
    action: "addCorrectionAction on the author's live story",
    ...byEditor,
    arrange: (db, suffix) => {
      const { id } = insertArticle(db, {
        suffix,
        label: "correction",
        createdBy: "author",
        byline: ["author"],
        status: "published",
      });
      const body = `The probe was misnamed ${suffix}.`;
      return {
        url: editPath(id),
        capture: {
          via: "form",
          button: button("Publish correction"),
          overrides: { kind: "correction", body },
        },
        state: () =>
          db.select({ body: corrections.body }).from(corrections).where(eq(corrections.articleId, id)).all(),
        after: [{ body }],
        // Unpublishing refreshes the story, /corrections and the lists; the row goes with the article.
        cleanup: (press) => removeArticle(db, id, press),
      };
    },
  },
  restoreDoor({
    story: "the author's own draft",
    owner: "author",
    allowed: WRITERS,
    capturedAs: "author",
    control: "author",
  }),
  restoreDoor({
    story: "another writer's draft",
    owner: "editor",
    allowed: PUBLISHERS,
    capturedAs: "editor",
    control: "admin",
    refusals: { author: NOT_YOUR_ARTICLE },
  }),
  previewDoor({
    act: "create",
    story: "the author's own draft",
    owner: "author",
    allowed: WRITERS,
    capturedAs: "author",
    control: "author",
  }),
  previewDoor({
    act: "create",
    story: "another writer's draft",
    owner: "editor",
    allowed: PUBLISHERS,
    capturedAs: "editor",
    control: "editor",
    refusals: { author: NOT_YOURS_TO_SHARE },
  }),
  previewDoor({
    act: "revoke",
    story: "the author's own draft",
    owner: "author",
    allowed: WRITERS,
    capturedAs: "author",
    control: "author",
  }),
  previewDoor({
    act: "revoke",
    story: "another writer's draft",
    owner: "editor",
    allowed: PUBLISHERS,
    capturedAs: "editor",
    control: "admin",
    refusals: { author: NOT_YOURS_TO_SHARE },
  }),
];

test.describe("scheduled updates, corrections, revisions and preview links", () => {
  testActionDoors(EXTRAS_DOORS);
});
