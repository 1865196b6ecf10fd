import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HighlightedText } from "@/components/admin/moderation/highlighted-text";
import { describeRuleHit, highlightRuns, suspectWords } from "./highlight";
import { deskHref, filterOf, queueParamsSchema } from "./queues";

describe("suspect-word highlighting", () => {
  it("marks every case-insensitive match, longest word first", () => {
    expect(highlightRuns("Idiots and an idiot", ["idiot", "idiots"])).toEqual([
      { text: "Idiots", marked: true },
      { text: " and an ", marked: false },
      { text: "idiot", marked: true },
    ]);
  });

  it("treats regex characters in words as plain text and leaves text without words alone", () => {
    expect(highlightRuns("a (b) c.*", ["(b)", ".*"])).toEqual([
      { text: "a ", marked: false },
      { text: "(b)", marked: true },
      { text: " c", marked: false },
      { text: ".*", marked: true },
    ]);
    expect(highlightRuns("plain", [])).toEqual([{ text: "plain", marked: false }]);
    expect(highlightRuns("", ["x"])).toEqual([]);
  });

  it("renders markup in the comment as text, only the matches as <mark>", () => {
    const html = renderToStaticMarkup(createElement(HighlightedText, { text: "<b>idiot</b>", words: ["idiot"] }));
    expect(html).toBe("<span>&lt;b&gt;</span><mark class=\"rounded bg-amber-200 px-0.5 text-ink\">idiot</mark><span>&lt;/b&gt;</span>");
  });

  it("reads the suspect words from the rule hits and says why each rule acted", () => {
    const hits = [
      { rule: "suspect-word", detail: "Idiot" },
      { rule: "suspect-word", detail: "idiot" },
      { rule: "links", detail: "4" },
      { rule: "first-time" },
    ];
    expect(suspectWords(hits)).toEqual(["idiot"]);
    expect(hits.map(describeRuleHit)).toEqual(["suspect word 'Idiot'", "suspect word 'idiot'", "too many links (4)", "first-time commenter"]);
  });
});

describe("the desk's URL state", () => {
  it("falls back on junk, keeps the old ?status=, and round-trips through deskHref", () => {
    expect(queueParamsSchema.parse({ queue: "nope", page: "abc", article: "x", email: "" })).toMatchObject({ queue: "pending", page: 1, article: undefined, email: undefined });
    expect(queueParamsSchema.parse({ status: "approved" }).queue).toBe("approved");
    const params = queueParamsSchema.parse({ queue: "reported", email: "Sam@Example.test", from: "2030-02-03", to: "2030-01-01", q: " flood " });
    const filter = filterOf(params);
    expect(filter).toMatchObject({ email: "sam@example.test", from: "2030-01-01", to: "2030-02-03", q: "flood" });
    expect(deskHref("reported", filter, 2)).toBe("/admin/comments?queue=reported&email=sam%40example.test&from=2030-01-01&to=2030-02-03&q=flood&page=2");
    expect(queueParamsSchema.parse({ from: "2030-02-30" }).from).toBeUndefined();
  });
});
