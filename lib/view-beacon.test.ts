import { describe, expect, it } from "vitest";
import { isAutomatedAgent, viewBeaconBody } from "./view-beacon";

describe("view beacon input", () => {
  it.each([
    ["riverside-flood-barrier-approved", true],
    ["  padded-slug\n", true],
    ["", false],
    ["Upper-Case", false],
    ["../etc/passwd", false],
    ["<script>", false],
    ["a".repeat(101), false],
  ])("slug %j is accepted: %s", (body, ok) => {
    expect(viewBeaconBody.safeParse(body).success).toBe(ok);
  });

  it.each([
    ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36", false],
    ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", true],
    ["facebookexternalhit/1.1", true],
    ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0 Safari/537.36", true],
    ["curl/8.5.0", true],
    [null, true],
  ])("user agent %j is automated: %s", (ua, automated) => {
    expect(isAutomatedAgent(ua)).toBe(automated);
  });
});
