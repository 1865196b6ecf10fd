import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { asc, eq, inArray } from "drizzle-orm";
import sharp from "sharp";
import type { Page } from "@playwright/test";
import type { DB } from "../db/client";
import { comments, frontPageSlots, media, siteSettings, users } from "../db/schema";
import { e2eDatabasePath, loginFor, STAFF_ROLES } from "./fixtures";
import {
  ACTORS,
  DEACTIVATED,
  PUBLISHERS,
  VISITOR,
  WRITERS,
  answers,
  button,
  byEditor,
  createSignedInAccount,
  deleteAccount,
  expect,
  expectRefused,
  insertArticle,
  insertStaff,
  record,
  redirectTarget,
  removeArticle,
  seededArticleId,
  sessionOf,
  staffId,
  storageStateFor,
  test,
  testActionDoors,
  uniqueSuffix,
  type ActionDoor,
  type Actor,
  type ButtonOf,
  type Press,
  type StaffRole,
} from "./access-control-helpers";

// The rest of the admin desk's actions, called directly (see testActionDoors in
// access-control-helpers.ts): the front page, the media library, comment moderation, staff
// accounts and one's own account. The article actions are in access-control-actions.spec.ts.

// ---------------------------------------------------------------------------------------------
// 1. The front page: an editor's call, like publishing. The stories are live test articles;
// whatever lead the page had before is put back through the app.

const FRONT = "/admin/front-page";

const slotOf = (db: DB, articleId: number) =>
  db
    .select({ isLead: frontPageSlots.isLead })
    .from(frontPageSlots)
    .where(eq(frontPageSlots.articleId, articleId))
    .get() ?? null;

const leadId = (db: DB) =>
  db
    .select({ id: frontPageSlots.articleId })
    .from(frontPageSlots)
    .where(eq(frontPageSlots.isLead, true))
    .get()?.id ?? null;

async function restoreLead(db: DB, prior: number | null, press: Press) {
  if (leadId(db) === prior) return;
  if (prior === null) await press("editor", FRONT, button("Clear lead"));
  else await press("editor", FRONT, button("Set as lead"), { articleId: String(prior) });
  expect(leadId(db), "the front page's lead is back").toBe(prior);
}

function liveStory(db: DB, suffix: string, label: string) {
  return insertArticle(db, { suffix, label, createdBy: "editor", byline: ["editor"], status: "published" });
}

type BreakingValue = { active: boolean; headline: string; url: string };
const breaking = (db: DB) =>
  (db.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, "breaking")).get()
    ?.value ?? null) as BreakingValue | null;

const FRONT_PAGE_DOORS: ActionDoor[] = [
  {
    action: "setLeadAction",
    ...byEditor,
    arrange: (db, suffix) => {
      const prior = leadId(db);
      const { id } = liveStory(db, suffix, "lead");
      return {
        url: FRONT,
        capture: { via: "form", button: button("Set as lead"), overrides: { articleId: String(id) } },
        state: () => slotOf(db, id),
        after: { isLead: true },
        cleanup: async (press) => {
          await restoreLead(db, prior, press);
          await removeArticle(db, id, press);
        },
      };
    },
  },
  {
    action: "clearLeadAction",
    allowed: PUBLISHERS,
    capturedAs: "editor",
    control: "admin",
    arrange: (db, suffix) => {
      const prior = leadId(db);
      const { id } = liveStory(db, suffix, "cleared-lead");
      db.delete(frontPageSlots).where(eq(frontPageSlots.isLead, true)).run();
      db.insert(frontPageSlots).values({ articleId: id, isLead: true }).run();
      return {
        url: FRONT,
        capture: { via: "form", button: button("Clear lead") },
        state: () => leadId(db),
        after: null,
        cleanup: async (press) => {
          await restoreLead(db, prior, press);
          await removeArticle(db, id, press);
        },
      };
    },
  },
  {
    action: "pinAction",
    ...byEditor,
    arrange: (db, suffix) => {
      const { id } = liveStory(db, suffix, "pin");
      return {
        url: FRONT,
        capture: { via: "form", button: button("Pin story"), overrides: { articleId: String(id) } },
        state: () => slotOf(db, id),
        after: { isLead: false },
        // Unpublishing refreshes the front page; the pin goes with the article.
        cleanup: (press) => removeArticle(db, id, press),
      };
    },
  },
  {
    action: "unpinAction",
    ...byEditor,
    arrange: (db, suffix) => {
      const story = liveStory(db, suffix, "unpin");
      db.insert(frontPageSlots).values({ articleId: story.id, isLead: false, position: 1000 }).run();
      return {
        url: FRONT,
        capture: { via: "form", button: button(`Unpin: ${story.headline}`) },
        state: () => slotOf(db, story.id),
        after: null,
        cleanup: (press) => removeArticle(db, story.id, press),
      };
    },
  },
  {
    action: "movePinAction",
    ...byEditor,
    arrange: (db, suffix) => {
      const first = liveStory(db, suffix, "pin-first");
      const second = liveStory(db, suffix, "pin-second");
      db.insert(frontPageSlots).values({ articleId: first.id, isLead: false, position: 1000 }).run();
      db.insert(frontPageSlots).values({ articleId: second.id, isLead: false, position: 1001 }).run();
      return {
        url: FRONT,
        capture: { via: "form", button: button(`Move down: ${first.headline}`) },
        state: () =>
          db
            .select({ id: frontPageSlots.articleId })
            .from(frontPageSlots)
            .where(inArray(frontPageSlots.articleId, [first.id, second.id]))
            .orderBy(asc(frontPageSlots.position), asc(frontPageSlots.articleId))
            .all()
            .map((row) => row.id),
        after: [second.id, first.id],
        cleanup: async (press) => {
          await removeArticle(db, first.id, press);
          await removeArticle(db, second.id, press);
        },
      };
    },
  },
  {
    action: "saveBreakingAction, switching the banner on",
    ...byEditor,
    arrange: (db, suffix) => {
      const prior = breaking(db);
      const headline = `ACL breaking ${suffix}`;
      return {
        url: FRONT,
        capture: {
          via: "form",
          button: button("Save banner"),
          overrides: { active: "on", headline, url: "/" },
        },
        state: () => breaking(db),
        after: { active: true, headline, url: "/" },
        // Put back through the app, so every reader page drops the banner again.
        cleanup: async (press) => {
          if (JSON.stringify(breaking(db)) === JSON.stringify(prior)) return;
          await press("editor", FRONT, button("Save banner"), {
            active: prior?.active ? "on" : "",
            headline: prior?.headline ?? "",
            url: prior?.url ?? "",
          });
          expect(breaking(db)?.active ?? false).toBe(prior?.active ?? false);
          if (prior === null) db.delete(siteSettings).where(eq(siteSettings.key, "breaking")).run();
        },
      };
    },
  },
];

test.describe("front-page actions", () => {
  testActionDoors(FRONT_PAGE_DOORS);
});

// ---------------------------------------------------------------------------------------------
// 2. The media library: writers upload, and edit or delete their own images; editors any image.

const mediaDir = () => path.join(path.dirname(e2eDatabasePath()), "media");

function insertImage(db: DB, suffix: string, uploader: StaffRole) {
  const alt = `ACL image ${uploader} ${suffix}`;
  const { id } = db
    .insert(media)
    .values({
      storageKey: crypto.randomBytes(10).toString("hex"),
      originalName: "probe.png",
      mimeType: "image/png",
      width: 640,
      height: 360,
      bytes: 1000,
      alt,
      uploadedById: staffId(db, uploader),
    })
    .returning({ id: media.id })
    .get();
  return { id, alt };
}

/** Deletes images and whatever files an upload wrote for them. */
function removeImages(db: DB, ids: number[]) {
  for (const id of ids) {
    const row = db.select({ key: media.storageKey }).from(media).where(eq(media.id, id)).get();
    db.delete(media).where(eq(media.id, id)).run();
    for (const dir of [mediaDir(), path.join(mediaDir(), "originals")]) {
      if (!row || !fs.existsSync(dir)) continue;
      for (const name of fs.readdirSync(dir).filter((n) => n.startsWith(row.key)))
        fs.rmSync(path.join(dir, name));
    }
  }
}

/** A button on one image's card in the library (the details form is folded away). */
const onCard =
  (alt: string, name: string): ButtonOf =>
  (page: Page) =>
    page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: alt, exact: true }) })
      .getByRole("button", { name, exact: true, includeHidden: true });

const imageDetails = (db: DB, id: number) =>
  db.select({ alt: media.alt }).from(media).where(eq(media.id, id)).get() ?? null;

function mediaDoor(door: {
  act: "update" | "delete";
  uploader: StaffRole;
  allowed: StaffRole[];
  capturedAs: StaffRole;
  control: StaffRole;
}): ActionDoor {
  const update = door.act === "update";
  const own = door.uploader === "author" ? "the author's own image" : "the editor's image";
  return {
    action: `${update ? "updateMediaAction" : "deleteMediaAction"} on ${own}`,
    ...door,
    refusals:
      door.uploader === "author"
        ? undefined
        : {
            author: update
              ? /^You can only edit images you uploaded\.$/
              : /^You can only delete images you uploaded\.$/,
          },
    arrange: (db, suffix) => {
      const image = insertImage(db, suffix, door.uploader);
      const alt = `ACL edited ${suffix}`;
      return {
        url: "/admin/media",
        capture: update
          ? { via: "form", button: onCard(image.alt, "Save details"), overrides: { alt } }
          : { via: "form", button: onCard(image.alt, `Delete image: ${image.alt}`) },
        state: () => imageDetails(db, image.id),
        after: update ? { alt } : null,
        cleanup: () => removeImages(db, [image.id]),
      };
    },
  };
}

const MEDIA_DOORS: ActionDoor[] = [
  {
    action: "uploadMediaAction",
    allowed: WRITERS,
    capturedAs: "author",
    control: "author",
    arrange: (db, suffix) => {
      const alt = `ACL upload ${suffix}`;
      const uploads = () =>
        db
          .select({ id: media.id, uploadedById: media.uploadedById })
          .from(media)
          .where(eq(media.alt, alt))
          .all();
      return {
        url: "/admin/media",
        capture: {
          via: "script",
          marker: alt,
          act: async (page) => {
            const uploader = page.getByRole("group", { name: "Upload an image" });
            const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#2a6f97" } })
              .png()
              .toBuffer();
            await uploader
              .getByLabel("Image file")
              .setInputFiles({ name: "probe.png", mimeType: "image/png", buffer: png });
            await uploader.getByLabel("Alt text").fill(alt);
            await uploader.getByRole("button", { name: "Upload image" }).click();
          },
        },
        state: () => uploads().map(({ uploadedById }) => ({ uploadedById })),
        after: [{ uploadedById: staffId(db, "author") }],
        cleanup: () =>
          removeImages(
            db,
            uploads().map((u) => u.id),
          ),
      };
    },
  },
  mediaDoor({ act: "update", uploader: "author", allowed: WRITERS, capturedAs: "author", control: "author" }),
  mediaDoor({
    act: "update",
    uploader: "editor",
    allowed: PUBLISHERS,
    capturedAs: "editor",
    control: "admin",
  }),
  mediaDoor({ act: "delete", uploader: "author", allowed: WRITERS, capturedAs: "author", control: "author" }),
  mediaDoor({
    act: "delete",
    uploader: "editor",
    allowed: PUBLISHERS,
    capturedAs: "editor",
    control: "editor",
  }),
];

test.describe("media actions", () => {
  testActionDoors(MEDIA_DOORS);

  // The hero picker's list is read, not written: a refusal shows in what the reply leaves out.
  const pickerRefused = ACTORS.filter((actor) => !(WRITERS as Actor[]).includes(actor));
  test(`listPickerMediaAction: refused to ${pickerRefused.join(", ")}; lists the library for the author`, async ({
    browser,
    db,
    baseURL,
    deactivatedAdmin,
  }) => {
    const image = insertImage(db, uniqueSuffix(), "editor");
    try {
      const url = "/admin/articles/new";
      const send = await record(browser, baseURL!, storageStateFor("author"), url, {
        via: "script",
        // The call takes no arguments.
        marker: "[]",
        act: (page) => page.getByRole("button", { name: "Choose from the media library" }).click(),
      });
      for (const actor of pickerRefused) {
        const reply = await send(sessionOf(actor, deactivatedAdmin));
        expectRefused(reply, actor, url);
        expect(reply.text, `${actor} gets no library`).not.toContain(image.alt);
      }
      const control = await send(storageStateFor("author"));
      expect(control.text).toContain(image.alt);
    } finally {
      removeImages(db, [image.id]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Comment moderation and staff accounts.

const ADMIN_ONLY = { allowed: ["admin"], capturedAs: "admin", control: "admin" } as const;

const STAFF_DOORS: ActionDoor[] = [
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
        capture: { via: "form", button: button(`Approve comment by ${authorName}`) },
        state,
        after: { status: "approved", moderatedById: staffId(db, "moderator") },
        cleanup: async (press) => {
          // Rejected through the app first, so the article page readers get is refreshed without it.
          if (state()?.status === "approved") {
            await press(
              "moderator",
              `/admin/comments?status=approved&article=${articleId}`,
              button(`Reject comment by ${authorName}`),
            );
          }
          db.delete(comments).where(eq(comments.id, id)).run();
        },
      };
    },
  },
  {
    action: "createStaffAction, adding an admin",
    ...ADMIN_ONLY,
    arrange: (db, suffix) => {
      const email = `acl-new-staff-${suffix}@example.test`;
      return {
        url: "/admin/staff",
        capture: {
          via: "form",
          button: button("Add staff member"),
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
    ...ADMIN_ONLY,
    arrange: (db, suffix) => {
      const target = insertStaff(db, suffix);
      return {
        url: "/admin/staff",
        capture: {
          via: "form",
          button: button(`Change role for ${target.name}`),
          overrides: { role: "admin" },
        },
        state: () => db.select({ role: users.role }).from(users).where(eq(users.id, target.id)).get(),
        after: { role: "admin" },
        cleanup: () => deleteAccount(db, target.id),
      };
    },
  },
  {
    action: "setActiveAction, deactivating a staff member",
    ...ADMIN_ONLY,
    arrange: (db, suffix) => {
      const target = insertStaff(db, suffix);
      return {
        url: "/admin/staff",
        capture: { via: "form", button: button(`Deactivate ${target.name}`) },
        state: () => db.select({ active: users.active }).from(users).where(eq(users.id, target.id)).get(),
        after: { active: false },
        cleanup: () => deleteAccount(db, target.id),
      };
    },
  },
  {
    action: "resetPasswordAction, setting a staff member's password",
    ...ADMIN_ONLY,
    arrange: (db, suffix) => {
      const target = insertStaff(db, suffix);
      return {
        url: "/admin/staff",
        capture: {
          via: "form",
          // Folded away in a <details> until needed.
          button: (page) =>
            page.getByRole("button", {
              name: `Set password for ${target.name}`,
              exact: true,
              includeHidden: true,
            }),
          overrides: { password: `acl-reset-${suffix}` },
        },
        state: () => ({
          reset:
            db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, target.id)).get()?.hash !==
            "unusable",
        }),
        after: { reset: true },
        cleanup: () => deleteAccount(db, target.id),
      };
    },
  },
];

test.describe("moderation and staff actions", () => {
  testActionDoors(STAFF_DOORS);
});

// ---------------------------------------------------------------------------------------------
// 4. One's own account. Every role may edit their own profile and password, so only a visitor
// and a deactivated session are refused. The id always comes from the session: ids, emails and
// roles slipped into the form change nobody else's account (and not one's own role).

const accountRows = (db: DB, ids: number[]) =>
  db
    .select({
      id: users.id,
      name: users.name,
      bio: users.bio,
      email: users.email,
      role: users.role,
      slug: users.slug,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(inArray(users.id, ids))
    .orderBy(asc(users.id))
    .all();

test.describe("one's own account", () => {
  const refused: Actor[] = [VISITOR, DEACTIVATED];
  const url = "/admin/profile";

  for (const role of STAFF_ROLES) {
    test(`updateProfileAction for a new ${role}: refused to ${refused.join(", ")}; saves the ${role}'s own profile and no one else's, whatever ids the form carries`, async ({
      browser,
      db,
      baseURL,
      deactivatedAdmin,
    }) => {
      const me = await createSignedInAccount(browser, baseURL!, db, role, `acl-profile-${role}`);
      try {
        const victim = accountRows(db, [staffId(db, "editor")])[0]!;
        const name = `Renamed ${uniqueSuffix()}`;
        const bio = "Changed by the access-control spec.";
        const send = await record(browser, baseURL!, me.session, url, {
          via: "form",
          button: button("Save profile"),
          overrides: {
            name,
            bio,
            id: String(victim.id),
            userId: String(victim.id),
            email: victim.email,
            slug: victim.slug,
            role: role === "admin" ? "moderator" : "admin",
          },
        });
        const state = () => accountRows(db, [me.id, victim.id, deactivatedAdmin.id]);
        const before = state();
        for (const actor of refused) {
          expectRefused(await send(sessionOf(actor, deactivatedAdmin)), actor, url);
          expect(state(), `after the ${actor}'s request, nothing has changed`).toEqual(before);
        }
        const control = await send(me.session);
        expect(answers(control)).toContain("Profile saved.");
        expect(state()).toEqual(before.map((row) => (row.id === me.id ? { ...row, name, bio } : row)));
      } finally {
        deleteAccount(db, me.id);
      }
    });
  }

  test(`changePasswordAction: refused to ${refused.join(", ")}; changes only the signed-in person's own password, whatever the form's username says`, async ({
    browser,
    db,
    baseURL,
    deactivatedAdmin,
  }) => {
    const me = await createSignedInAccount(browser, baseURL!, db, "author", "acl-password");
    try {
      const victimId = staffId(db, "editor");
      const newPassword = `acl-new-password-${uniqueSuffix()}`;
      const send = await record(browser, baseURL!, me.session, url, {
        via: "form",
        button: button("Change password"),
        overrides: {
          username: loginFor("editor").email,
          currentPassword: me.password,
          newPassword,
          confirmPassword: newPassword,
        },
      });
      const hashes = () =>
        accountRows(db, [me.id, victimId, deactivatedAdmin.id]).map((r) => [r.id, r.passwordHash]);
      const before = hashes();
      for (const actor of refused) {
        expectRefused(await send(sessionOf(actor, deactivatedAdmin)), actor, url);
        expect(hashes(), `after the ${actor}'s request, nothing has changed`).toEqual(before);
      }
      // The change signs the person out everywhere, this session included.
      const control = await send(me.session);
      expect(redirectTarget(control)).toMatch(/^\/login\?notice=password-changed/);
      const after = hashes();
      expect(after.filter(([id]) => id !== me.id)).toEqual(before.filter(([id]) => id !== me.id));
      expect(after.find(([id]) => id === me.id)).not.toEqual(before.find(([id]) => id === me.id));
    } finally {
      deleteAccount(db, me.id);
    }
  });
});
