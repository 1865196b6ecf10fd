import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { articles, comments } from "../db/schema";
import { formatNuMessage, runNuChecker } from "../lib/testing/nu-checker";
import { expect, test } from "./fixtures";
import { createStory, newToken } from "./comment-thread-helpers";
import {
  createListPageTwo,
  LOGIN_PAGE,
  PUBLIC_PAGES,
  removeListPageTwo,
  type ListFixture,
} from "./public-pages";

let listPageTwo: ListFixture | undefined;
test.beforeAll(() => {
  listPageTwo = createListPageTwo();
});
test.afterAll(() => removeListPageTwo(listPageTwo));

// The HTML as the server sends it (what the checker should judge), saved and checked in one Java run.
test("every public page type and the login page are valid HTML (Nu HTML Checker)", async ({
  request,
  db,
}) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gazette-html-"));
  // A rejected comment's private status page, which shows the appeal form.
  const story = createStory(db);
  const token = newToken();
  story.comment({ name: "Ada", status: "rejected", reason: "Off-topic", token });
  try {
    // The no-JavaScript reply page, for the lead story's first approved comment.
    const lead = "riverside-flood-barrier-approved";
    const parent = db
      .select({ id: comments.id })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(and(eq(articles.slug, lead), eq(comments.status, "approved")))
      .get()!;
    const pages = [
      ...PUBLIC_PAGES,
      { name: "list page 2", path: listPageTwo!.path },
      { name: "reply page", path: `/articles/${lead}/reply/${parent.id}` },
      { name: "report page", path: `/comments/${parent.id}/report` },
      { name: "comment status page with appeal form", path: `/comments/status/${token}` },
      LOGIN_PAGE,
    ];
    const files: string[] = [];
    for (const [i, target] of pages.entries()) {
      const response = await request.get(target.path);
      expect(response.status(), target.path).toBe("status" in target && target.status ? target.status : 200);
      const file = path.join(dir, `${i}-${target.name.replace(/\W+/g, "-")}.html`);
      fs.writeFileSync(file, await response.text());
      files.push(file);
    }
    expect(runNuChecker(files).map(formatNuMessage)).toEqual([]);
  } finally {
    story.remove();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
