import { CULTURE_ARTICLES } from "./articles-culture";
import { NEWS_ARTICLES } from "./articles-news";
import { POLITICS_BUSINESS_ARTICLES } from "./articles-politics-business";
import { SCIENCE_OPINION_ARTICLES } from "./articles-science-opinion";
import { LEAD_COMMENTS } from "./comments-lead";
import { OLDER_COMMENTS } from "./comments-older";
import type { SeedArticle, SeedComment } from "./types";

export * from "./people";
export type * from "./types";

export const SEED_ARTICLES: SeedArticle[] = [
  ...NEWS_ARTICLES,
  ...POLITICS_BUSINESS_ARTICLES,
  ...CULTURE_ARTICLES,
  ...SCIENCE_OPINION_ARTICLES,
];

/** Parents come before their replies. */
export const SEED_COMMENTS: SeedComment[] = [...LEAD_COMMENTS, ...OLDER_COMMENTS];
