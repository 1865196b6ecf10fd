// What the benchmark loads, in order (see run.ts): cached pages first, searches last.
import type { LoadOptions } from "./load";
import type { BenchPages } from "./pages";

export type Target = {
  name: string;
  path: string;
  kind: "article" | "search" | "page" | "capacity";
  options?: LoadOptions;
};

export function loadTargets(
  input: Omit<BenchPages, "counts"> & { deepPage: number; searchWord: string },
): Target[] {
  const { seededSlug, busiest, section, searchWords, deepPage, searchWord } = input;
  const searchPaths = searchWords.map((w) => `/search?q=${encodeURIComponent(w)}`);
  const searchPath = `/search?q=${encodeURIComponent(searchWord)}`;
  return [
    { name: "front page", path: "/", kind: "page" },
    { name: "article (demo)", path: `/articles/${seededSlug}`, kind: "article" },
    // What browsers get: the same page, pre-compressed.
    {
      name: "article (demo), br",
      path: `/articles/${seededSlug}`,
      kind: "article",
      options: { headers: { "accept-encoding": "br, gzip" } },
    },
    ...(busiest
      ? [
          {
            name: `article (${busiest.n} comments)`,
            path: `/articles/${busiest.slug}`,
            kind: "article" as const,
          },
        ]
      : []),
    { name: "section", path: `/sections/${section.slug}`, kind: "page" },
    ...(deepPage > 1
      ? [
          {
            name: `section page ${deepPage}`,
            path: `/sections/${section.slug}/page/${deepPage}`,
            kind: "page" as const,
          },
        ]
      : []),
    { name: "site feed", path: "/feed.xml", kind: "page" },
    // Searches render per request: last, so a slow one cannot hold up the cached pages' runs.
    // "uncached" rows add a parameter no request repeats, so the front server cannot answer:
    // they time the search itself. One reader's search (1 connection) is held to the 20 ms
    // target; fifty readers each searching for another word show the capacity, the queue in
    // front of one core. The last rows are what readers get on a busy day, when the same
    // queries come in again and the front server answers them from memory for a second.
    {
      name: `search "${searchWord}", 1 connection, uncached`,
      path: searchPath,
      kind: "search",
      options: { connections: 1, uncached: true },
    },
    ...(searchPaths.length > 0
      ? [
          {
            name: `search, ${searchPaths.length} words in turn, 1 connection, uncached`,
            path: searchPaths[0]!,
            kind: "search" as const,
            options: { connections: 1, paths: searchPaths, uncached: true },
          },
          {
            name: `search, ${searchPaths.length} words in turn, uncached (capacity)`,
            path: searchPaths[0]!,
            kind: "capacity" as const,
            options: { paths: searchPaths, uncached: true },
          },
        ]
      : []),
    { name: `search "${searchWord}"`, path: searchPath, kind: "search" },
    ...(searchPaths.length > 0
      ? [
          {
            name: `search, ${searchPaths.length} words in turn`,
            path: searchPaths[0]!,
            kind: "search" as const,
            options: { paths: searchPaths },
          },
        ]
      : []),
  ];
}
