import { describe, expect, it } from "vitest";
import {
  DEFAULT_MODERATION_SETTINGS,
  DEFAULT_REJECT_REASONS,
  moderationSettingsSchema,
  normalizeWords,
  parseStoredModerationSettings,
} from "./settings";
import { parseSectionCloseDays, policyFormSchema, wordListsFormSchema } from "./settings-form";

describe("stored moderation settings", () => {
  it("defaults to today's behaviour when nothing is stored", () => {
    for (const stored of [undefined, null, "junk", [], {}]) {
      expect(parseStoredModerationSettings(stored)).toEqual(DEFAULT_MODERATION_SETTINGS);
    }
    expect(DEFAULT_MODERATION_SETTINGS).toMatchObject({ defaultMode: "pre", maxLinks: 2, holdFirstTime: true, trustAfter: 3 });
    expect(DEFAULT_MODERATION_SETTINGS.rejectReasons).toContain("Spam or advertising");
  });

  it("keeps the good fields of a broken value, and banned wins over suspect", () => {
    const parsed = parseStoredModerationSettings({
      defaultMode: "post",
      maxLinks: -4,
      bannedWords: [" Foo ", "foo", "BAR"],
      suspectWords: ["bar", "baz"],
      surge: { enabled: "yes" },
    });
    expect(parsed).toMatchObject({
      defaultMode: "post",
      maxLinks: 2,
      bannedWords: ["foo", "bar"],
      suspectWords: ["baz"],
      surge: DEFAULT_MODERATION_SETTINGS.surge,
    });
  });

  it("refuses a word in both lists when saving", () => {
    const result = moderationSettingsSchema.safeParse({ ...DEFAULT_MODERATION_SETTINGS, bannedWords: ["x"], suspectWords: ["X"] });
    expect(result.success).toBe(false);
  });

  it("normalizes words: trimmed, lower-case, one space, no blanks or repeats", () => {
    expect(normalizeWords(["  Idiot ", "idiot", "", "  ", "Cheap   Pills", "ÉCOLE"])).toEqual(["idiot", "cheap pills", "école"]);
  });
});

describe("word lists form", () => {
  const valid = { bannedWords: "Foo\r\nfoo\n\nbar ", suspectWords: "baz", rejectReasons: DEFAULT_REJECT_REASONS.join("\n") };

  it("parses one entry a line, deduplicated", () => {
    expect(wordListsFormSchema.parse(valid)).toEqual({
      bannedWords: ["foo", "bar"],
      suspectWords: ["baz"],
      rejectReasons: DEFAULT_REJECT_REASONS,
    });
  });

  const errors = [
    { case: "a word over 60 characters", fields: { bannedWords: `ok\n${"x".repeat(61)}` }, field: "bannedWords", message: /line 2/ },
    { case: "a word in both lists", fields: { suspectWords: "FOO" }, field: "suspectWords", message: /foo/ },
    { case: "no reject reason", fields: { rejectReasons: " \n " }, field: "rejectReasons", message: /at least one/ },
    { case: "too many words", fields: { suspectWords: Array.from({ length: 501 }, (_, i) => `w${i}`).join("\n") }, field: "suspectWords", message: /at most 500/ },
  ];
  for (const e of errors) {
    it(`refuses ${e.case}`, () => {
      const result = wordListsFormSchema.safeParse({ ...valid, ...e.fields });
      expect(result.success).toBe(false);
      const issue = result.error!.issues.find((i) => i.path[0] === e.field);
      expect(issue?.message).toMatch(e.message);
    });
  }
});

describe("policy form", () => {
  const valid = {
    defaultMode: "open",
    maxLinks: "3",
    holdFirstTime: "on",
    trustAfter: "0",
    floodCommenterMax: "4",
    floodCommenterMinutes: "5",
    floodIpMax: "0",
    floodIpMinutes: "10",
    closeAfterDays: "",
    surgeWindowMinutes: "15",
    surgeMinComments: "8",
    surgeThresholdPercent: "40",
  };

  it("parses numbers, ticked and unticked boxes, and a blank close limit", () => {
    expect(policyFormSchema.parse(valid)).toMatchObject({
      defaultMode: "open",
      maxLinks: 3,
      holdFirstTime: true,
      trustAfter: 0,
      closeAfterDays: null,
      surgeEnabled: false,
      surgeThresholdPercent: 40,
    });
    expect(policyFormSchema.parse({ ...valid, closeAfterDays: "14" }).closeAfterDays).toBe(14);
  });

  it.each([
    ["defaultMode", "closed"],
    ["maxLinks", "-1"],
    ["maxLinks", "2.5"],
    ["trustAfter", "abc"],
    ["floodCommenterMinutes", "0"],
    ["closeAfterDays", "0"],
    ["surgeThresholdPercent", "101"],
  ])("refuses %s = %j with a message naming the field", (field, value) => {
    const result = policyFormSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path[0]).toBe(field);
    expect(result.error!.issues[0]!.message.length).toBeGreaterThan(10);
  });

  it("reads per-section close days: blank follows the site, 0 never closes", () => {
    const { values, errors } = parseSectionCloseDays({
      "sectionCloseDays-1": "",
      "sectionCloseDays-2": "0",
      "sectionCloseDays-3": "30",
      "sectionCloseDays-4": "-2",
      "sectionCloseDays-x": "5",
      other: "9",
    });
    expect([...values]).toEqual([
      [1, null],
      [2, 0],
      [3, 30],
    ]);
    expect(Object.keys(errors)).toEqual(["sectionCloseDays-4"]);
  });
});
