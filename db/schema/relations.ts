// Relations for Drizzle's relational queries (`db.query.*`), kept in one place so no table file
// imports another only for them.
import { relations } from "drizzle-orm";
import { articleAuthors, articles, articleTags, sections, tags } from "./articles";
import { comments } from "./comments";
import { users } from "./users";

export const usersRelations = relations(users, ({ many }) => ({
  bylines: many(articleAuthors),
}));

export const sectionsRelations = relations(sections, ({ many }) => ({
  articles: many(articles),
}));

export const articlesRelations = relations(articles, ({ one, many }) => ({
  section: one(sections, { fields: [articles.sectionId], references: [sections.id] }),
  authors: many(articleAuthors),
  tags: many(articleTags),
  comments: many(comments),
}));

export const articleAuthorsRelations = relations(articleAuthors, ({ one }) => ({
  article: one(articles, { fields: [articleAuthors.articleId], references: [articles.id] }),
  user: one(users, { fields: [articleAuthors.userId], references: [users.id] }),
}));

export const articleTagsRelations = relations(articleTags, ({ one }) => ({
  article: one(articles, { fields: [articleTags.articleId], references: [articles.id] }),
  tag: one(tags, { fields: [articleTags.tagId], references: [tags.id] }),
}));

export const commentsRelations = relations(comments, ({ one }) => ({
  article: one(articles, { fields: [comments.articleId], references: [articles.id] }),
}));
