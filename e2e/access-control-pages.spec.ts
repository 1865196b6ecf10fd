import type { DB } from "../db/client";
import {
  ACTORS,
  DEACTIVATED,
  FORBIDDEN,
  PUBLISHERS,
  VISITOR,
  WRITERS,
  expect,
  seededArticleId,
  sessionOf,
  test,
  type StaffRole,
} from "./access-control-helpers";

// Every admin page, opened by everyone: a visitor or a deactivated account is sent to sign in,
// a signed-in role without the right gets 403, the others get the page.
//
// Of the seeded articles, "draft-allotment-waiting-list" is another writer's story (in review),
// "draft-transit-fare-review" the author's own draft and "tram-line-two-night-service-trial" the
// author's own live story (an author opens only their own stories, and edits only the drafts).

type PageDoor = {
  page: string;
  path: (db: DB) => string;
  /** What the allowed roles get: the page with this heading, or 404 when the page does not apply. */
  heading: string | RegExp | "404";
  allowed: StaffRole[];
};

const articlePath = (slug: string, page: "edit" | "update" | "revisions") => (db: DB) =>
  `/admin/articles/${seededArticleId(db, slug)}/${page}`;

const EVERY_ROLE: StaffRole[] = ["admin", "editor", "author", "moderator"];

const PAGES: PageDoor[] = [
  { page: "/admin", path: () => "/admin", heading: /^Hello, /, allowed: EVERY_ROLE },
  { page: "/admin/articles", path: () => "/admin/articles", heading: "Articles", allowed: WRITERS },
  {
    page: "/admin/articles/new",
    path: () => "/admin/articles/new",
    heading: "New article",
    allowed: WRITERS,
  },
  {
    page: "edit another writer's story",
    path: articlePath("draft-allotment-waiting-list", "edit"),
    heading: "Edit article",
    allowed: PUBLISHERS,
  },
  {
    page: "edit the author's own draft",
    path: articlePath("draft-transit-fare-review", "edit"),
    heading: "Edit article",
    allowed: WRITERS,
  },
  {
    page: "/admin/comments",
    path: () => "/admin/comments",
    heading: "Comments",
    allowed: ["admin", "editor", "moderator"],
  },
  { page: "/admin/staff", path: () => "/admin/staff", heading: "Staff", allowed: ["admin"] },
  // The newsroom desk.
  { page: "/admin/review", path: () => "/admin/review", heading: "Review desk", allowed: PUBLISHERS },
  {
    page: "schedule an update of the author's own live story",
    path: articlePath("tram-line-two-night-service-trial", "update"),
    heading: "Schedule an update",
    allowed: PUBLISHERS,
  },
  {
    // Only a live story can have a scheduled update; the permission is checked first.
    page: "schedule an update of a draft",
    path: articlePath("draft-transit-fare-review", "update"),
    heading: "404",
    allowed: PUBLISHERS,
  },
  {
    page: "revisions of another writer's story",
    path: articlePath("draft-allotment-waiting-list", "revisions"),
    heading: "Revisions",
    allowed: PUBLISHERS,
  },
  {
    page: "revisions of the author's own draft",
    path: articlePath("draft-transit-fare-review", "revisions"),
    heading: "Revisions",
    allowed: WRITERS,
  },
  {
    page: "revisions of the author's own live story",
    path: articlePath("tram-line-two-night-service-trial", "revisions"),
    heading: "Revisions",
    allowed: PUBLISHERS,
  },
  { page: "/admin/media", path: () => "/admin/media", heading: "Media", allowed: WRITERS },
  { page: "/admin/front-page", path: () => "/admin/front-page", heading: "Front page", allowed: PUBLISHERS },
  { page: "/admin/audit", path: () => "/admin/audit", heading: "Audit log", allowed: ["admin"] },
  { page: "/admin/profile", path: () => "/admin/profile", heading: "Your profile", allowed: EVERY_ROLE },
];

test.describe("admin pages", () => {
  for (const door of PAGES) {
    for (const actor of ACTORS) {
      const outcome =
        actor === VISITOR || actor === DEACTIVATED
          ? "sign in"
          : !door.allowed.includes(actor)
            ? "403 forbidden"
            : door.heading === "404"
              ? "404 not found"
              : "200";
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
          } else if (outcome === "404 not found") {
            expect(response?.status()).toBe(404);
            await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
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
