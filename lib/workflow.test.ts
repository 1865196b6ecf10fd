import { describe, expect, it } from "vitest";
import { ARTICLE_STATUSES, ROLES, type ArticleStatus, type Role } from "@/db/schema";
import {
  availableTransitions,
  checkTransition,
  effectiveStatus,
  prepublishWarnings,
  TRANSITION_NAMES,
  type TransitionName,
} from "./workflow";

// The expected machine, written out by hand rather than derived from TRANSITIONS, so a change
// to the rules has to be made twice: once in the code and once here on purpose.
const FROM: Record<TransitionName, ArticleStatus[]> = {
  submit: ["draft", "unpublished"],
  withdraw: ["review"],
  sendBack: ["review"],
  publish: ["draft", "review", "scheduled", "unpublished"],
  schedule: ["draft", "review", "scheduled", "unpublished"],
  unschedule: ["scheduled"],
  unpublish: ["published"],
  archive: ["draft", "published", "unpublished"],
  restore: ["archived"],
};
const TO: Record<TransitionName, ArticleStatus> = {
  submit: "review",
  withdraw: "draft",
  sendBack: "draft",
  publish: "published",
  schedule: "scheduled",
  unschedule: "draft",
  unpublish: "unpublished",
  archive: "archived",
  restore: "draft",
};
/** What a writer may do to their own story; nothing to anyone else's. Withdraw is theirs alone. */
const OWNER_MOVES: ReadonlySet<TransitionName> = new Set(["submit", "withdraw"]);

type Case = { role: Role; owner: boolean; name: TransitionName; from: ArticleStatus; allowed: boolean };

function expected(role: Role, owner: boolean, name: TransitionName, from: ArticleStatus): boolean {
  if (!FROM[name].includes(from)) return false;
  if (name === "withdraw") return owner && role !== "moderator";
  if (role === "admin" || role === "editor") return true;
  if (role === "author") return owner && OWNER_MOVES.has(name);
  return false;
}

const cases: Case[] = ROLES.flatMap((role) =>
  [true, false].flatMap((owner) =>
    TRANSITION_NAMES.flatMap((name) =>
      ARTICLE_STATUSES.map((from) => ({ role, owner, name, from, allowed: expected(role, owner, name, from) })),
    ),
  ),
);

describe("checkTransition: every move, from every status, by every role", () => {
  const me = 7;
  it.each(cases)("$role (owner: $owner) $name from $from → allowed: $allowed", ({ role, owner, name, from, allowed }) => {
    const article = { status: from, createdById: owner ? me : 99, authorIds: owner ? [me] : [99] };
    const result = checkTransition({ id: me, role }, article, name);
    expect(result.ok).toBe(allowed);
    if (result.ok) expect(result.to).toBe(TO[name]);
    else expect(result.message.length).toBeGreaterThan(0);
  });

  it("counts a co-author on the byline as an owner", () => {
    const article = { status: "draft" as const, createdById: 1, authorIds: [1, 7] };
    expect(checkTransition({ id: 7, role: "author" }, article, "submit").ok).toBe(true);
  });

  it("lists the moves in a stable order for the editor's buttons", () => {
    const article = { status: "review" as const, createdById: 1, authorIds: [1] };
    expect(availableTransitions({ id: 2, role: "editor" }, article)).toEqual(["sendBack", "publish", "schedule"]);
    expect(availableTransitions({ id: 1, role: "author" }, article)).toEqual(["withdraw"]);
    expect(availableTransitions({ id: 3, role: "moderator" }, article)).toEqual([]);
  });
});

describe("effectiveStatus", () => {
  const now = new Date("2030-01-01T12:00:00Z");
  it("treats a scheduled article whose time has come as published", () => {
    expect(effectiveStatus("scheduled", new Date("2030-01-01T11:59:59Z"), now)).toBe("published");
    expect(effectiveStatus("scheduled", now, now)).toBe("published");
  });
  it("keeps it scheduled until then, and leaves other statuses alone", () => {
    expect(effectiveStatus("scheduled", new Date("2030-01-01T12:00:01Z"), now)).toBe("scheduled");
    expect(effectiveStatus("draft", new Date("2000-01-01"), now)).toBe("draft");
    expect(effectiveStatus("unpublished", new Date("2000-01-01"), now)).toBe("unpublished");
  });
});

describe("prepublishWarnings", () => {
  const ready = { headline: "Bridge opens", dek: "After two years.", body: "It opened.", heroImageUrl: null, heroImageAlt: "" };
  it("has nothing to say about a finished story", () => {
    expect(prepublishWarnings(ready)).toEqual([]);
  });
  it.each([
    ["a TK in the body", { body: "The mayor said TK." }, /body still has a "TK"/],
    ["a TK in the headline", { headline: "TK dead in crash" }, /headline still has a "TK"/],
    ["TKs in the dek", { dek: "Quotes TKs" }, /dek still has a "TK"/],
    ["an empty dek", { dek: "  " }, /dek .* is empty/],
    ["a hero without alt text", { heroImageUrl: "/images/a.jpg", heroImageAlt: "" }, /no alt text/],
  ])("flags %s", (_name, change, message) => {
    expect(prepublishWarnings({ ...ready, ...change }).join("\n")).toMatch(message);
  });
  it("does not mistake words that contain tk for a placeholder", () => {
    expect(prepublishWarnings({ ...ready, body: "Atkinson and Mtkvari river, tkachenko" })).toEqual([]);
  });
});
