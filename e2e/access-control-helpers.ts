import { and, eq } from "drizzle-orm";
import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import { openDatabase, type DB } from "../db/client";
import { articleAuthors, articles, sections, users, type ArticleStatus, type Role } from "../db/schema";
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
 * Shared by access-control-pages.spec.ts and access-control-actions.spec.ts. Authorization is
 * enforced on the server at every door: each admin page and each admin server action, knocked
 * on by everyone who should not get in, with the right role as a control.
 */

export { expect, storageStateFor, uniqueSuffix, type Reply, type Session, type StaffRole };

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** A staff account made for one test, signed in through the real form. */
export type Account = { id: number; email: string; name: string; password: string; session: StorageState };

/**
 * Creates an account and signs it in. Each sign-in comes from its own address, so the
 * per-address limit (ten a minute) never trips however many accounts a run makes.
 */
export async function createSignedInAccount(
  browser: Browser,
  baseURL: string,
  db: DB,
  role: Role,
  label: string,
): Promise<Account> {
  const suffix = uniqueSuffix();
  const email = `${label}-${suffix}@example.test`;
  const password = `acl-password-${suffix}`;
  const name = `${label} ${suffix}`;
  const { id } = db
    .insert(users)
    .values({ email, name, slug: `${label}-${suffix}`, role, passwordHash: await hashPassword(password) })
    .returning({ id: users.id })
    .get();
  const octet = () => Math.floor(Math.random() * 254) + 1;
  const context = await browser.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { "x-forwarded-for": `198.51.${octet()}.${octet()}` },
  });
  try {
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    return { id, email, name, password, session: await context.storageState() };
  } catch (error) {
    deleteAccount(db, id);
    throw error;
  } finally {
    await context.close();
  }
}

export function deleteAccount(db: DB, id: number) {
  db.delete(users).where(eq(users.id, id)).run();
}

export const test = base.extend<object, { deactivatedAdmin: Account }>({
  /**
   * The session of an admin whose account was deactivated after signing in. Its cookie is
   * valid, so the proxy lets it through to /admin, and only the guards' re-read of the account
   * can stop it: this is how a request without a usable account reaches the pages and actions
   * themselves (a signed-out visitor never gets past the proxy).
   */
  deactivatedAdmin: [
    async ({ browser }, provide, workerInfo) => {
      const db = openDatabase(e2eDatabasePath());
      const baseURL = String(workerInfo.project.use.baseURL);
      const account = await createSignedInAccount(browser, baseURL, db, "admin", "acl-deactivated");
      try {
        db.update(users).set({ active: false }).where(eq(users.id, account.id)).run();
        await provide(account);
      } finally {
        deleteAccount(db, account.id);
        db.$client.close();
      }
    },
    { scope: "worker" },
  ],
});

export const VISITOR = "signed-out visitor";
export const DEACTIVATED = "deactivated admin";
export type Actor = typeof VISITOR | typeof DEACTIVATED | StaffRole;
export const ACTORS: Actor[] = [VISITOR, DEACTIVATED, "admin", "editor", "author", "moderator"];

export function sessionOf(actor: Actor, deactivatedAdmin: Account): Session {
  if (actor === VISITOR) return undefined;
  if (actor === DEACTIVATED) return deactivatedAdmin.session;
  return storageStateFor(actor);
}

export const FORBIDDEN = "You do not have access to this page";
export const SESSION_ENDED = "Your session has ended. Sign in again.";
export const NO_PERMISSION = /^You do not have permission to do that\.$/;

export function staffId(db: DB, role: StaffRole): number {
  return db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, loginFor(role).email))
    .get()!.id;
}

export function seededArticleId(db: DB, slug: string): number {
  return db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).get()!.id;
}

// ---------------------------------------------------------------------------------------------
// Recording a request and sending it again. An authorised person's request is recorded, then sent
// again with someone else's cookies (or none), exactly as a hand-made request would be. Two ways:
// - "form": the form as a page rendered with JavaScript off gives it (React then writes the
//   action reference, bound article ids included, into hidden inputs), posted as a browser
//   without JavaScript posts it;
// - "script": for forms that only work with JavaScript (the article editor's save, the media
//   uploader) and for calls only scripts make (preview, autosave, presence heartbeat), the
//   browser's own call (a POST with a Next-Action header) is intercepted, kept from the server,
//   and replayed.

export type ButtonOf = (page: Page) => Locator;

export type Capture =
  | {
      via: "form";
      /** The submit button of the form. */
      button: ButtonOf;
      /** Fields changed from what the page rendered: what each request tries to do. */
      overrides?: Record<string, string>;
    }
  | {
      via: "script";
      /** Before the page is opened: e.g. a fake clock, so autosave need not be waited for. */
      setup?: (page: Page) => Promise<void>;
      /** What the authorised person does on the page to make the call. */
      act: (page: Page) => Promise<void>;
      /** Text only the wanted call carries, to tell it from other calls the page makes. */
      marker: string;
      /** Which call carrying the marker to keep, when several do (1, the first, by default). */
      occurrence?: number;
    };

/** Sends the recorded request again with `session`. */
export type Send = (session: Session) => Promise<Reply>;

/** Records the request `capture` describes, made on `url` with `session`. */
export async function record(
  browser: Browser,
  baseURL: string,
  session: Session,
  url: string,
  capture: Capture,
): Promise<Send> {
  if (capture.via === "form") {
    const fields = await captureSubmission(browser, session, url, capture.button);
    return (as) => postFormWith(baseURL, url, fields, as, capture.overrides);
  }
  const call = await captureCall(browser, session, url, capture);
  return (as) => replayCallWith(baseURL, call, as);
}

/**
 * The action call the page's JavaScript makes when the person does `act`. It is aborted on its
 * way out, so recording it changes nothing on the server.
 */
async function captureCall(
  browser: Browser,
  session: Session,
  url: string,
  { setup, act, marker, occurrence = 1 }: Extract<Capture, { via: "script" }>,
): Promise<CapturedCall> {
  const context = await browser.newContext({ storageState: session });
  try {
    const page = await context.newPage();
    let captured: CapturedCall | undefined;
    let seen = 0;
    await page.route(
      (u) => u.pathname === new URL(url, "http://x").pathname,
      async (route) => {
        const request = route.request();
        const isCall = request.method() === "POST" && request.headers()["next-action"] !== undefined;
        if (captured || !isCall || !(request.postData() ?? "").includes(marker)) return route.continue();
        if (++seen < occurrence) return route.continue();
        captured = {
          url: request.url(),
          headers: await request.allHeaders(),
          body: request.postDataBuffer()!,
        };
        await route.abort();
      },
    );
    await setup?.(page);
    const response = await page.goto(url);
    expect(response?.status(), `${url} for the recording`).toBe(200);
    await act(page);
    await expect.poll(() => captured !== undefined, { message: `the call carrying "${marker}"` }).toBe(true);
    return captured!;
  } finally {
    await context.close();
  }
}

/** The fields the form holding `button` posts when it is pressed, as `session` gets the page. */
async function captureSubmission(
  browser: Browser,
  session: Session,
  url: string,
  button: ButtonOf,
): Promise<Array<[string, string]>> {
  const context = await browser.newContext({ storageState: session, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const response = await page.goto(url);
    expect(response?.status(), `${url} for the recording`).toBe(200);
    const submit = button(page);
    const fields = await captureForm(submit.locator("xpath=ancestor::form[1]"));
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
export function answers(reply: Reply): string[] {
  return [...reply.text.matchAll(/"ok":(?:true|false),"message":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
}

/** Where a redirect points, as path and query. */
export function redirectTarget(reply: Reply): string | undefined {
  if (!reply.location) return undefined;
  const url = new URL(reply.location, "http://x");
  return url.pathname + url.search;
}

/**
 * How a refused staff member hears it: the action's message, or a check of the whole reply for
 * actions that answer without one.
 */
export type Refusal = RegExp | ((reply: Reply) => void);

/** What a refusal looks like: nothing ran for a visitor, and the action said no to anyone else. */
export function expectRefused(reply: Reply, actor: Actor, url: string, refusal: Refusal = NO_PERMISSION) {
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
  } else if (typeof refusal === "function") {
    refusal(reply);
  } else {
    expect(answers(reply), `${actor}: the action's answer`).toContainEqual(expect.stringMatching(refusal));
  }
}

/** Presses `button` on `url` as `role`, through a captured no-JavaScript form; for clean-up. */
export type Press = (
  role: StaffRole,
  url: string,
  button: ButtonOf,
  overrides?: Record<string, string>,
) => Promise<Reply>;

export function presser(browser: Browser, baseURL: string): Press {
  return async (role, url, button, overrides) =>
    (await record(browser, baseURL, storageStateFor(role), url, { via: "form", button, overrides }))(
      storageStateFor(role),
    );
}

// ---------------------------------------------------------------------------------------------
// Server actions, called directly: recorded as an authorised role, sent again as a signed-out
// visitor, a deactivated admin and every role the permission table (lib/auth/permissions.ts) or
// the status machine (lib/workflow.ts) shuts out. Each refusal is checked twice: nothing changed
// in the database, and the reply carries the guard's own answer (validation alone could have
// stopped a request, which would leave the database unchanged even without a guard). A control
// then sends the same request as an allowed role.

export const WRITERS: StaffRole[] = ["admin", "editor", "author"];
export const PUBLISHERS: StaffRole[] = ["admin", "editor"];
export const byEditor = { allowed: PUBLISHERS, capturedAs: "editor", control: "editor" } as const;

export const editPath = (id: number) => `/admin/articles/${id}/edit`;
export const button =
  (name: string | RegExp): ButtonOf =>
  (page) =>
    page.getByRole("button", { name, exact: typeof name === "string" });

export type Target = {
  /** The page the request is recorded on and sent to. */
  url: string;
  capture: Capture;
  /** What the action would change, read straight from the database. */
  state: () => unknown;
  /** What `state` reads after the authorised control. */
  after: unknown;
  cleanup: (press: Press) => Promise<void> | void;
};

export type ActionDoor = {
  action: string;
  /** Who may use it; everyone else in ACTORS must be refused. */
  allowed: readonly StaffRole[];
  capturedAs: StaffRole;
  control: StaffRole;
  /** For roles the article or image (not the role table) shuts out, when they hear other words. */
  refusals?: Partial<Record<StaffRole, Refusal>>;
  arrange: (db: DB, suffix: string) => Target;
};

/** One test per door: every refused actor changes nothing, then the control changes it. */
export function testActionDoors(doors: ActionDoor[]) {
  for (const door of doors) {
    const refused = ACTORS.filter((actor) => !(door.allowed as readonly Actor[]).includes(actor));
    test(`${door.action}: refused to ${refused.join(", ")}; done for the ${door.control}`, async ({
      browser,
      db,
      baseURL,
      deactivatedAdmin,
    }) => {
      const target = door.arrange(db, uniqueSuffix());
      try {
        const send = await record(
          browser,
          baseURL!,
          storageStateFor(door.capturedAs),
          target.url,
          target.capture,
        );
        const before = target.state();
        expect(before).not.toEqual(target.after);
        for (const actor of refused) {
          const reply = await send(sessionOf(actor, deactivatedAdmin));
          const refusal = actor === VISITOR || actor === DEACTIVATED ? undefined : door.refusals?.[actor];
          expectRefused(reply, actor, target.url, refusal);
          expect(target.state(), `after the ${actor}'s request, nothing has changed`).toEqual(before);
        }
        // Control: the very same request with an authorised session does go through.
        const reply = await send(storageStateFor(door.control));
        expect(reply.status, `the ${door.control}'s request`).toBeLessThan(500);
        expect(target.state(), `after the ${door.control}'s request`).toEqual(target.after);
      } finally {
        await target.cleanup(presser(browser, baseURL!));
      }
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Test articles.

/** When a scheduled test article goes live: far enough ahead that it never does during a run. */
export function tomorrow(): Date {
  return new Date(Date.now() + 24 * 60 * 60 * 1000);
}

/** A time for a datetime-local field, read as UTC by the server. */
export function utcField(date: Date): string {
  return date.toISOString().slice(0, 19);
}

export function insertArticle(
  db: DB,
  input: { suffix: string; label: string; createdBy: StaffRole; byline: StaffRole[]; status: ArticleStatus },
): { id: number; headline: string; slug: string } {
  const news = db.select({ id: sections.id }).from(sections).where(eq(sections.slug, "news")).get()!;
  const slug = `acl-${input.label}-${input.suffix}`;
  const headline = `ACL ${input.label} ${input.suffix}`;
  const publishedAt =
    input.status === "published" || input.status === "unpublished" || input.status === "archived"
      ? new Date(Date.now() - 60_000)
      : input.status === "scheduled"
        ? tomorrow()
        : null;
  const { id } = db
    .insert(articles)
    .values({
      slug,
      headline,
      dek: "An access-control probe.",
      body: "Probe body.",
      sectionId: news.id,
      createdById: staffId(db, input.createdBy),
      status: input.status,
      publishedAt,
    })
    .returning({ id: articles.id })
    .get();
  input.byline.forEach((role, sortOrder) =>
    db
      .insert(articleAuthors)
      .values({ articleId: id, userId: staffId(db, role), sortOrder })
      .run(),
  );
  return { id, headline, slug };
}

export function articleStatus(db: DB, id: number) {
  return db.select({ status: articles.status }).from(articles).where(eq(articles.id, id)).get();
}

export const unpublishButton: ButtonOf = (page) =>
  page.getByRole("button", { name: "Unpublish", exact: true });

/** Deletes a test article, unpublishing it through the app first so no cached page keeps it. */
export async function removeArticle(db: DB, id: number, press: Press) {
  const url = `/admin/articles/${id}/edit`;
  const live = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.id, id), eq(articles.status, "published")))
    .get();
  if (live) await press("editor", url, unpublishButton);
  expect(articleStatus(db, id)?.status, "unpublished before it is deleted").not.toBe("published");
  db.delete(articles).where(eq(articles.id, id)).run();
}

/** A staff member to act on, who never signs in. */
export function insertStaff(db: DB, suffix: string) {
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
