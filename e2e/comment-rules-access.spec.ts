import { eq } from "drizzle-orm";
import type { DB } from "../db/client";
import { siteSettings } from "../db/schema";
import {
  ACTORS,
  DEACTIVATED,
  FORBIDDEN,
  VISITOR,
  answers,
  button,
  expect,
  expectRefused,
  record,
  sessionOf,
  storageStateFor,
  test,
  type Actor,
  type StaffRole,
} from "./access-control-helpers";

// /admin/comments/settings: moderators keep the word lists (comments.moderate); how the site
// moderates is for editors and admins (comments.configure). The page and both actions check on
// the server; each refused request is checked to have changed nothing.

const URL_ = "/admin/comments/settings";
const MODERATORS: StaffRole[] = ["admin", "editor", "moderator"];
const CONFIGURERS: StaffRole[] = ["admin", "editor"];
const stored = (db: DB) => db.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, "moderation")).get()?.value ?? null;
const clear = (db: DB) => db.delete(siteSettings).where(eq(siteSettings.key, "moderation")).run();

test.describe("comment settings page", () => {
  for (const actor of ACTORS) {
    const outcome =
      actor === VISITOR || actor === DEACTIVATED
        ? "sign in"
        : !MODERATORS.includes(actor)
          ? "403 forbidden"
          : CONFIGURERS.includes(actor)
            ? "both forms"
            : "word lists only";
    test(`${actor} → ${outcome}`, async ({ browser, deactivatedAdmin }) => {
      const context = await browser.newContext({ storageState: sessionOf(actor, deactivatedAdmin) });
      try {
        const page = await context.newPage();
        const response = await page.goto(URL_);
        if (outcome === "sign in") {
          expect(new URL(page.url()).pathname).toBe("/login");
          return;
        }
        if (outcome === "403 forbidden") {
          expect(response?.status()).toBe(403);
          await expect(page.getByRole("heading", { level: 1, name: FORBIDDEN })).toBeVisible();
          return;
        }
        expect(response?.status()).toBe(200);
        await expect(page.getByRole("heading", { level: 1, name: "Comment settings" })).toBeVisible();
        await expect(page.getByLabel("Banned words")).toBeVisible();
        const policy = page.getByRole("button", { name: "Save moderation settings" });
        if (outcome === "both forms") await expect(policy).toBeVisible();
        else {
          await expect(policy).toHaveCount(0);
          await expect(page.getByText("Only editors and admins change these.")).toBeVisible();
        }
      } finally {
        await context.close();
      }
    });
  }
});

type Door = { action: string; button: string; capturedAs: StaffRole; allowed: StaffRole[]; overrides: Record<string, string>; saved: string; check: (value: unknown) => void };

const DOORS: Door[] = [
  {
    action: "saveWordListsAction",
    button: "Save word lists",
    capturedAs: "moderator",
    allowed: MODERATORS,
    overrides: { bannedWords: "acl-banned-word" },
    saved: "Word lists and reasons saved.",
    check: (value) => expect(value).toMatchObject({ bannedWords: ["acl-banned-word"] }),
  },
  {
    action: "saveModerationPolicyAction",
    button: "Save moderation settings",
    capturedAs: "editor",
    allowed: CONFIGURERS,
    overrides: { defaultMode: "open" },
    saved: "Moderation settings saved.",
    check: (value) => expect(value).toMatchObject({ defaultMode: "open" }),
  },
];

test.describe("comment settings actions", () => {
  for (const door of DOORS) {
    const refused = ACTORS.filter((a): a is Actor => !(door.allowed as Actor[]).includes(a));
    test(`${door.action}: refused for ${refused.join(", ")}`, async ({ browser, baseURL, db, deactivatedAdmin }) => {
      clear(db);
      try {
        const send = await record(browser, baseURL!, storageStateFor(door.capturedAs), URL_, {
          via: "form",
          button: button(door.button),
          overrides: door.overrides,
        });
        for (const actor of refused) {
          expectRefused(await send(sessionOf(actor, deactivatedAdmin)), actor, URL_);
          expect(stored(db), `after the ${actor}'s request, nothing was saved`).toBeNull();
        }
        const control = await send(storageStateFor(door.capturedAs));
        expect(answers(control)).toContain(door.saved);
        door.check(stored(db));
      } finally {
        clear(db);
      }
    });
  }
});
