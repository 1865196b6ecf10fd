import type { CommentStatus } from "../schema";

export type SectionSlug = "news" | "politics" | "business" | "culture" | "science" | "opinion";

export type WriterSlug =
  "morgan-hale" | "priya-raman" | "tomas-ferreira" | "jun-okafor" | "lena-kowalski" | "samuel-adeyemi";

export type SeedArticle = {
  slug: string;
  headline: string;
  dek: string;
  /** Markdown. */
  body: string;
  section: SectionSlug;
  /** Byline in order; the first writer is also the article's creator. */
  authors: [WriterSlug, ...WriterSlug[]];
  /** Tag slugs from SEED_TAGS. */
  tags: string[];
  hero?: { image: string; alt: string; caption: string };
  /** Published this many hours before the seed runs; null for a draft. */
  hoursAgo: number | null;
  /** A draft the writer has submitted: it waits on the editors' review desk. */
  inReview?: { assignee: WriterSlug; dueInHours: number };
  /** Set on the articles that were corrected after publishing. */
  updatedHoursLater?: number;
  commentsOpen?: boolean;
};

export type SeedComment = {
  /** Local handle so replies can name their parent. */
  key?: string;
  article: string;
  parent?: string;
  name: string;
  email: string;
  body: string;
  status: CommentStatus;
  /** Posted this many minutes after the article was published. */
  minutesAfter: number;
};
