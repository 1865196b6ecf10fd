import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DB } from "@/db/client";
import { siteSettings } from "@/db/schema";
import { getBreakingNews, setBreakingNews } from "./site-settings";

let db: DB;
beforeAll(() => {
  db = openDatabase(process.env.DATABASE_PATH!);
});
afterAll(() => db.$client.close());

describe("breaking news setting", () => {
  it("is off until set, then reads back what was stored", () => {
    expect(getBreakingNews()).toEqual({ active: false, headline: "", url: "" });
    setBreakingNews({ active: true, headline: "Bridge closed", url: "/articles/bridge" });
    expect(getBreakingNews()).toEqual({ active: true, headline: "Bridge closed", url: "/articles/bridge" });
    setBreakingNews({ active: false, headline: "Bridge closed", url: "/articles/bridge" });
    expect(getBreakingNews().active).toBe(false);
    expect(db.select().from(siteSettings).all()).toHaveLength(1);
  });

  it.each([
    ["not JSON of the right shape", { on: true }],
    ["an unsafe link", { active: true, headline: "x", url: "javascript:alert(1)" }],
    ["no headline", { active: true, headline: "", url: "/x" }],
  ])("treats %s as switched off", (_name, value) => {
    db.insert(siteSettings)
      .values({ key: "breaking", value })
      .onConflictDoUpdate({ target: siteSettings.key, set: { value } })
      .run();
    expect(getBreakingNews().active).toBe(false);
  });
});
