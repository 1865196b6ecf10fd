// The database schema, one file per part of the newsroom; imported as `@/db/schema` everywhere
// and read by drizzle-kit (drizzle.config.ts) from this file.
export * from "./users";
export * from "./articles";
export * from "./comments";
export * from "./workflow";
export * from "./site";
export * from "./media";
export * from "./audit";
export * from "./moderation";
export * from "./correction-drafts";
export * from "./relations";
