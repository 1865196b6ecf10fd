import { sql, type SQL } from "drizzle-orm";
import { articles } from "@/db/schema";

/**
 * The one rule for "readers may see this article": published, or scheduled, once its time has
 * come. Scheduled stories go live by the clock alone, with no job to run; every public query
 * uses this fragment so none can forget half of it.
 */
export const isPublicArticle: SQL = sql`${articles.status} in ('published', 'scheduled') and ${articles.publishedAt} <= unixepoch()`;
