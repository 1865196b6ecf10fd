import { eq } from "drizzle-orm";
import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import { openDatabase, type DB } from "../db/client";
import { articleAuthors, articles, comments, sections, users } from "../db/schema";
import { hashPassword } from "../lib/auth/password";
import {
  test as base,
  e2eDatabasePath,
  expect,
  loginFor,
  storageStateFor,
  uniqueSuffix,
  type StaffRole,
} from "./fixtures";
import {
  captureForm,
  postFormWith,
  replayCallWith,
  type CapturedCall,
  type Reply,
  type Session,
} from "./replay";

/**
 * Authorization is enforced on the server at every door: each admin page and each admin server
 * action, knocked on by everyone who should not get in, with the right role as a control.
 */

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

const test = base.extend<object, { deactivatedAdmin: StorageState }>({
  /**
   * The session of an admin whose account was deactivated after signing in. Its cookie is
   * valid, so the proxy lets it through to /admin, and only the guards' re-read of the account
   * can stop it: this is how a request without a usable account reaches the pages and actions
   * themselves (a signed-out visitor never gets past the proxy).
   */
  deactivatedAdmin: [
    async ({ browser }, provide, workerInfo) => {
      const suffix = uniqueSuffix();
      const email = `acl-deactivated-${suffix}@example.test`;
      const password = `acl-password-${suffix}`;
      const db = openDatabase(e2eDatabasePath());
      const { id } = db
        .insert(users)
        .values({
          email,
          name: `Deactivated Admin ${suffix}`,
          slug: `deactivated-admin-${suffix}`,
          role: "admin",
          passwordHash: await hashPassword(password),
        })
        .returning({ id: users.id })
        .get();
      try {
        const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
        let session: StorageState;
        try {
          const page = await context.newPage();
          await page.goto("/login");
          await page.getByLabel("Email").fill(email);
          await page.getByLabel("Password").fill(password);
          await page.getByRole("button", { name: "Sign in" }).click();
          await expect(page).toHaveURL(/\/admin$/);
          session = await context.storageState();
        } finally {
          await context.close();
        }
        db.update(users).set({ active: false }).where(eq(users.id, id)).run();
        await provide(session);
      } finally {
        db.delete(users).where(eq(users.id, id)).run();
        db.$client.close();
      }
    },
    { scope: "worker" },
  ],
});

const VISITOR = "signed-out visitor";
const DEACTIVATED = "deactivated admin";
type Actor = typeof VISITOR | typeof DEACTIVATED | StaffRole;
const ACTORS: Actor[] = [VISITOR, DEACTIVATED, "admin", "editor", "author", "moderator"];

function sessionOf(actor: Actor, deactivatedAdmin: StorageState): Session {
  if (actor === VISITOR) return undefined;
  if (actor === DEACTIVATED) return deactivatedAdmin;
  return storageStateFor(actor);
}

const FORBIDDEN = "You do not have access to this page";
const SESSION_ENDED = "Your session has ended. Sign in again.";
const NO_PERMISSION = /You do not have permission/;

function staffId(db: DB, role: StaffRole): number {
  return db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, loginFor(role).email))
    .get()!.id;
}

function seededArticleId(db: DB, slug: string): number {
  return db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).get()!.id;
}

// ---------------------------------------------------------------------------------------------
// 1. Pages. Of the seeded articles, "draft-allotment-waiting-list" is another writer's draft and
// "draft-transit-fare-review" the author's own (the control that the author does get into the editor).

type PageDoor = { page: string; path: (db: DB) => string; heading: string | RegExp; allowed: StaffRole[] };

const editPath = (slug: string) => (db: DB) => `/admin/articles/${seededArticleId(db, slug)}/edit`;

const PAGES: PageDoor[] = [
  {
    page: "/admin",
    path: () => "/admin",
    heading: /^Hello, /,
    allowed: ["admin", "editor", "author", "moderator"],
  },
  {
    page: "/admin/articles",
    path: () => "/admin/articles",
    heading: "Articles",
    allowed: ["admin", "editor", "author"],
  },
  {
    page: "/admin/articles/new",
    path: () => "/admin/articles/new",
    heading: "New article",
    allowed: ["admin", "editor", "author"],
  },
  {
    page: "edit another writer's draft",
    path: editPath("draft-allotment-waiting-list"),
    heading: "Edit article",
    allowed: ["admin", "editor"],
  },
  {
    page: "edit the author's own draft",
    path: editPath("draft-transit-fare-review"),
    heading: "Edit article",
    allowed: ["admin", "editor", "author"],
  },
  {
    page: "/admin/comments",
    path: () => "/admin/comments",
    heading: "Comments",
    allowed: ["admin", "editor", "moderator"],
  },
  { page: "/admin/staff", path: () => "/admin/staff", heading: "Staff", allowed: ["admin"] },
];

test.describe("admin pages", () => {
  for (const door of PAGES) {
    for (const actor of ACTORS) {
      const outcome =
        actor === VISITOR || actor === DEACTIVATED
          ? "sign in"
          : door.allowed.includes(actor)
            ? "200"
            : "403 forbidden";
      test(`${door.page}: ${actor} → ${outcome}`, async ({ browser, db, deactivatedAdmin }) => {
        const path = door.path(db);
        const context = await browser.newContext({ storageState: sessionOf(actor, deactivatedAdmin) });
        try {
          const page = await context.newPage();
          const response = await page.goto(path);
          if (outcome === "sign in") {
            const url = new URL(page.url());
            expect(url.pathname).toBe("/login");
            // The proxy sends a visitor back to the exact address after signing in; the page
            // guard, which is what stops a deactivated account, names the page's own return path.
            if (actor === VISITOR) expect(url.searchParams.get("callbackUrl")).toBe(path);
            else expect(url.searchParams.get("callbackUrl")).toMatch(/^\/admin/);
            await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
          } else if (outcome === "403 forbidden") {
            expect(response?.status()).toBe(403);
            await expect(page.getByRole("heading", { level: 1, name: FORBIDDEN })).toBeVisible();
          } else {
            expect(response?.status()).toBe(200);
            await expect(
              page.getByRole("heading", { level: 1, name: door.heading, exact: true }),
            ).toBeVisible();
            await expect(page.getByRole("heading", { name: FORBIDDEN })).toHaveCount(0);
          }
        } finally {
          await context.close();
        }
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------
// 2. Server actions, called directly. An authorised role's request is recorded, then sent again
// with someone else's cookies (or none), exactly as a hand-made request would be. Two ways:
// - "form": the form as a page rendered with JavaScript off gives it (React then writes the
//   action reference into hidden inputs), posted as a browser without JavaScript posts it;
// - "script": for forms that only work with JavaScript (the article editor's save goes through
//   client code) and for actions only scripts call (the Markdown preview), the browser's own
//   call (a POST with a Next-Action header) is intercepted, kept from the server, and replayed.
// Each refusal is checked twice: nothing changed in the database, and the reply carries the
// guard's own answer (validation alone could have stopped a request, e.g. a byline the moderator
// may not name, which would leave the database unchanged even without a guard).

type ButtonOf = (page: Page) => Locator;

type Capture =
  | {
      via: "form";
      /** The submit button of the form. */
      button: ButtonOf;
      /** Fields changed from what the page rendered: what each request tries to do. */
      overrides?: Record<string, string>;
    }
  | {
      via: "script";
      /** What the authorised person does on the page to make the call. */
      act: (page: Page) => Promise<void>;
      /** Text only the wanted call carries, to tell it from other calls the page makes. */
      marker: string;
    };

/** Sends the recorded request again with `session`. */
type Send = (session: Session) => Promise<Reply>;

async function record(
  browser: Browser,
  baseURL: string,
  role: StaffRole,
  url: string,
  capture: Capture,
): Promise<Send> {
  if (capture.via === "form") {
    const fields = await captureSubmission(browser, role, url, capture.button);
    return (session) => postFormWith(baseURL, url, fields, session, capture.overrides);
  }
  const call = await captureCall(browser, role, url, capture.act, capture.marker);
  return (session) => replayCallWith(baseURL, call, session);
}

/**
 * The action call the page's JavaScript makes when `role` does `act`. It is aborted on its
 * way out, so recording it changes nothing on the server.
 */
async function captureCall(
  browser: Browser,
  role: StaffRole,
  url: string,
  act: (page: Page) => Promise<void>,
  marker: string,
): Promise<CapturedCall> {
  const context = await browser.newContext({ storageState: storageStateFor(role) });
  try {
    const page = await context.newPage();
    let captured: CapturedCall | undefined;
    await page.route(
      (u) => u.pathname === new URL(url, "http://x").pathname,
      async (route) => {
        const request = route.request();
        const isCall = request.method() === "POST" && request.headers()["next-action"] !== undefined;
        if (captured || !isCall || !(request.postData() ?? "").includes(marker)) return route.continue();
        captured = {
          url: request.url(),
          headers: await request.allHeaders(),
          body: request.postDataBuffer()!,
        };
        await route.abort();
      },
    );
    const response = await page.goto(url);
    expect(response?.status(), `${url} as the ${role}`).toBe(200);
    await act(page);
    await expect.poll(() => captured !== undefined, { message: `the call carrying "${marker}"` }).toBe(true);
    return captured!;
  } finally {
    await context.close();
  }
}

/** The fields the form holding `button` posts when it is pressed, as `role` gets the page. */
async function captureSubmission(
  browser: Browser,
  role: StaffRole,
  url: string,
  button: ButtonOf,
): Promise<Array<[string, string]>> {
  const context = await browser.newContext({ storageState: storageStateFor(role), javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const response = await page.goto(url);
    expect(response?.status(), `${url} as the ${role}`).toBe(200);
    const submit = button(page);
    const fields = await captureForm(page.locator("form").filter({ has: submit }));
    // A browser sends the pressed button's own name=value with the form.
    const [name, value] = await submit.evaluate((b) => [
      (b as HTMLButtonElement).name,
      (b as HTMLButtonElement).value,
    ]);
    return name ? [...fields, [name, value]] : fields;
  } finally {
    await context.close();
  }
}

/**
 * The `{ ok, message }` states an action answered with, as they travel in the reply: in the
 * page re-rendered for a form posted without JavaScript, or in the RSC reply to a JavaScript call.
 */
function answers(reply: Reply): string[] {
  return [...reply.text.matchAll(/"ok":(?:true|false),"message":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
}

/** Where a redirect points, as path and query. */
function redirectTarget(reply: Reply): string | undefined {
  if (!reply.location) return undefined;
  const url = new URL(reply.location, "http://x");
  return url.pathname + url.search;
}

/** What a refusal looks like: nothing ran for a visitor, and the action said no to anyone else. */
function expectRefused(reply: Reply, actor: Actor, url: string) {
  expect(reply.status, `${actor}: no server error`).toBeLessThan(500);
  if (actor === VISITOR) {
    // The proxy answers before any page or action code runs.
    expect(reply.status).toBe(307);
    expect(redirectTarget(reply)).toBe(`/login?callbackUrl=${encodeURIComponent(url)}`);
  } else if (actor === DEACTIVATED) {
    // The guard re-reads the account: the action says the session has ended, or sends to sign in.
    const toSignIn = /^\/login\?callbackUrl=/.test(redirectTarget(reply) ?? "");
    expect(
      toSignIn || answers(reply).includes(SESSION_ENDED),
      `${actor}: ${reply.status} ${reply.location}`,
    ).toBe(true);
  } else {
    expect(answers(reply), `${actor}: the action's answer`).toContainEqual(
      expect.stringMatching(NO_PERMISSION),
    );
  }
}

/** Presses `button` on `url` as `role`, through a captured no-JavaScript form; for clean-up. */
type Press = (
  role: StaffRole,
  url: string,
  button: ButtonOf,
  overrides?: Record<string, string>,
) => Promise<Reply>;

type Target = {
  /** The page the request is recorded on and sent to. */
  url: string;
  capture: Capture;
  /** What the action would change, read straight from the database. */
  state: () => unknown;
  /** What `state` reads after the authorised control. */
  after: unknown;
  cleanup: (press: Press) => Promise<void> | void;
};

type ActionDoor = {
  action: string;
  /** Who may use it; everyone else in ACTORS must be refused. */
  allowed: StaffRole[];
  capturedAs: StaffRole;
  control: StaffRole;
  arrange: (db: DB, suffix: string) => Target;
};

function insertArticle(
  db: DB,
  input: { suffix: string; label: string; createdBy: StaffRole; byline: StaffRole[]; published: boolean },
): number {
  const news = db.select({ id: sections.id }).from(sections).where(eq(sections.slug, "news")).get()!;
  const { id } = db
    .insert(articles)
    .values({
      slug: `acl-${input.label}-${input.suffix}`,
      headline: `ACL ${input.label} ${input.suffix}`,
      dek: "An access-control probe.",
      body: "Probe body.",
      sectionId: news.id,
      createdById: staffId(db, input.createdBy),
      status: input.published ? "published" : "draft",
      publishedAt: input.published ? new Date() : null,
    })
    .returning({ id: articles.id })
    .get();
  input.byline.forEach((role, sortOrder) =>
    db
      .insert(articleAuthors)
      .values({ articleId: id, userId: staffId(db, role), sortOrder })
      .run(),
  );
  return id;
}

function articleStatus(db: DB, id: number) {
  return db.select({ status: articles.status }).from(articles).where(eq(articles.id, id)).get();
}

const saveButton: ButtonOf = (page) => page.getByRole("button", { name: /^Save (draft|changes)$/ });
const unpublishButton: ButtonOf = (page) => page.getByRole("button", { name: "Unpublish", exact: true });

/** Deletes a test article, unpublishing it through the app first so no cached page keeps it. */
async function removeArticle(db: DB, id: number, press: Press) {
  const url = `/admin/articles/${id}/edit`;
  if (articleStatus(db, id)?.status === "published") await press("editor", url, unpublishButton);
  db.delete(articles).where(eq(articles.id, id)).run();
}

function insertStaff(db: DB, suffix: string) {
  const name = `ACL Target ${suffix}`;
  const { id } = db
    .insert(users)
    .values({
      email: `acl-target-${suffix}@example.test`,
      name,
      slug: `acl-target-${suffix}`,
      role: "author",
      passwordHash: "unusable",
    })
    .returning({ id: users.id })
    .get();
  return { id, name };
}

const ACTION_DOORS: ActionDoor[] = [
  {
    action: "saveArticleAction, a new draft",
    allowed: ["admin", "editor", "author"],
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
    allowed: ["admin", "editor"],
    capturedAs: "editor",
    control: "admin",
    arrange: (db, suffix) => {
      const id = insertArticle(db, {
        suffix,
        label: "editor-draft",
        createdBy: "editor",
        byline: ["editor"],
        published: false,
      });
      const headline = `Rewritten ${suffix}`;
      return {
        url: `/admin/articles/${id}/edit`,
        capture: {
          via: "script",
          marker: headline,
          act: async (page) => {
            await page.getByLabel("Headline").fill(headline);
            await saveButton(page).click();
          },
        },
        state: () =>
          db.select({ headline: articles.headline }).from(articles).where(eq(articles.id, id)).get(),
        after: { headline },
        cleanup: (press) => removeArticle(db, id, press),
      };
    },
  },
  {
    // The Publish button's form, whichever action is behind it (the workflow panel's, at present).
    action: "publishing the author's own draft",
    allowed: ["admin", "editor"],
    capturedAs: "editor",
    control: "editor",
    arrange: (db, suffix) => {
      const id = insertArticle(db, {
        suffix,
        label: "author-draft",
        createdBy: "author",
        byline: ["author"],
        published: false,
      });
      return {
        url: `/admin/articles/${id}/edit`,
        capture: { via: "form", button: (page) => page.getByRole("button", { name: /^Publish/ }) },
        state: () => articleStatus(db, id),
        after: { status: "published" },
        cleanup: (press) => removeArticle(db, id, press),
      };
    },
  },
  {
    action: "unpublishing a live article with the author on its byline",
    allowed: ["admin", "editor"],
    capturedAs: "editor",
    control: "editor",
    arrange: (db, suffix) => {
      const id = insertArticle(db, {
        suffix,
        label: "live",
        createdBy: "editor",
        byline: ["author", "editor"],
        published: true,
      });
      return {
        url: `/admin/articles/${id}/edit`,
        capture: { via: "form", button: unpublishButton },
        state: () => articleStatus(db, id),
        after: { status: expect.stringMatching(/^(draft|unpublished)$/) },
        cleanup: (press) => removeArticle(db, id, press),
      };
    },
  },
  {
    action: "moderateCommentAction, approving a pending comment",
    allowed: ["admin", "editor", "moderator"],
    capturedAs: "moderator",
    control: "moderator",
    arrange: (db, suffix) => {
      const articleId = seededArticleId(db, "riverside-flood-barrier-approved");
      const authorName = `ACL Reader ${suffix}`;
      const { id } = db
        .insert(comments)
        .values({
          articleId,
          authorName,
          authorEmail: `acl-reader-${suffix}@example.test`,
          body: `Probe ${suffix}`,
        })
        .returning({ id: comments.id })
        .get();
      const state = () =>
        db
          .select({ status: comments.status, moderatedById: comments.moderatedById })
          .from(comments)
          .where(eq(comments.id, id))
          .get();
      return {
        url: `/admin/comments?article=${articleId}`,
        capture: {
          via: "form",
          button: (page) =>
            page.getByRole("button", { name: `Approve comment by ${authorName}`, exact: true }),
        },
        state,
        after: { status: "approved", moderatedById: staffId(db, "moderator") },
        cleanup: async (press) => {
          // Rejected through the app first, so the article page readers get is refreshed without it.
          if (state()?.status === "approved") {
            await press("moderator", `/admin/comments?status=approved&article=${articleId}`, (page) =>
              page.getByRole("button", { name: `Reject comment by ${authorName}`, exact: true }),
            );
          }
          db.delete(comments).where(eq(comments.id, id)).run();
        },
      };
    },
  },
  {
    action: "createStaffAction, adding an admin",
    allowed: ["admin"],
    capturedAs: "admin",
    control: "admin",
    arrange: (db, suffix) => {
      const email = `acl-new-staff-${suffix}@example.test`;
      return {
        url: "/admin/staff",
        capture: {
          via: "form",
          button: (page) => page.getByRole("button", { name: "Add staff member", exact: true }),
          overrides: {
            name: `ACL New Staff ${suffix}`,
            email,
            role: "admin",
            password: `acl-password-${suffix}`,
          },
        },
        state: () =>
          db
            .select({ role: users.role, active: users.active })
            .from(users)
            .where(eq(users.email, email))
            .get() ?? null,
        after: { role: "admin", active: true },
        cleanup: () => void db.delete(users).where(eq(users.email, email)).run(),
      };
    },
  },
  {
    action: "changeRoleAction, making an author an admin",
    allowed: ["admin"],
    capturedAs: "admin",
    control: "admin",
    arrange: (db, suffix) => {
      const target = insertStaff(db, suffix);
      return {
        url: "/admin/staff",
        capture: {
          via: "form",
          button: (page) => page.getByRole("button", { name: `Change role for ${target.name}`, exact: true }),
          overrides: { role: "admin" },
        },
        state: () => db.select({ role: users.role }).from(users).where(eq(users.id, target.id)).get(),
        after: { role: "admin" },
        cleanup: () => void db.delete(users).where(eq(users.id, target.id)).run(),
      };
    },
  },
  {
    action: "setActiveAction, deactivating a staff member",
    allowed: ["admin"],
    capturedAs: "admin",
    control: "admin",
    arrange: (db, suffix) => {
      const target = insertStaff(db, suffix);
      return {
        url: "/admin/staff",
        capture: {
          via: "form",
          button: (page) => page.getByRole("button", { name: `Deactivate ${target.name}`, exact: true }),
        },
        state: () => db.select({ active: users.active }).from(users).where(eq(users.id, target.id)).get(),
        after: { active: false },
        cleanup: () => void db.delete(users).where(eq(users.id, target.id)).run(),
      };
    },
  },
];

test.describe("admin server actions, called directly", () => {
  for (const door of ACTION_DOORS) {
    const refused = ACTORS.filter((actor) => !(door.allowed as Actor[]).includes(actor));
    test(`${door.action}: refused to ${refused.join(", ")}; done for the ${door.control}`, async ({
      browser,
      db,
      baseURL,
      deactivatedAdmin,
    }) => {
      const press: Press = async (role, url, button, overrides) =>
        (await record(browser, baseURL!, role, url, { via: "form", button, overrides }))(
          storageStateFor(role),
        );
      const target = door.arrange(db, uniqueSuffix());
      try {
        const send = await record(browser, baseURL!, door.capturedAs, target.url, target.capture);
        const before = target.state();
        expect(before).not.toEqual(target.after);
        for (const actor of refused) {
          const reply = await send(sessionOf(actor, deactivatedAdmin));
          expectRefused(reply, actor, target.url);
          expect(target.state(), `after the ${actor}'s request, nothing has changed`).toEqual(before);
        }
        // Control: the very same request with an authorised session does go through.
        await send(storageStateFor(door.control));
        expect(target.state(), `after the ${door.control}'s request`).toEqual(target.after);
      } finally {
        await target.cleanup(press);
      }
    });
  }

  // The preview is no form: the editor's JavaScript calls it with the body as its argument.
  const PREVIEW_ALLOWED: StaffRole[] = ["admin", "editor", "author"];
  const previewRefused = ACTORS.filter((actor) => !(PREVIEW_ALLOWED as Actor[]).includes(actor));
  test(`previewMarkdownAction: refused to ${previewRefused.join(", ")}; rendered for the author`, async ({
    browser,
    baseURL,
    deactivatedAdmin,
  }) => {
    const probe = `Probe ${uniqueSuffix()}`;
    const url = "/admin/articles/new";
    // The editor previews the body as it is typed.
    const send = await record(browser, baseURL!, "author", url, {
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
