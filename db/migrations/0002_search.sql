-- Full-text search (issue 4). Hand-written: drizzle has no notion of FTS5 tables or triggers.
--
-- article_search is an EXTERNAL-CONTENT FTS5 index over the view article_search_source, so the
-- article text is stored once (in articles) and only the index is extra. The view gathers
-- headline, dek, body, byline names and tag names per article; names are concatenated in a
-- fixed order because FTS5's 'delete' must be given exactly the tokens it indexed.
--
-- Sync rule for every trigger pair below: BEFORE a change, 'delete' the article as the view
-- shows it now (which is what the index holds); AFTER the change, insert it as the view shows
-- it then. Row triggers fire per row, so multi-row statements stay consistent too.
-- Diacritics are folded ("cafe" finds "café"); no stemming, because prefix queries already
-- cover inflections and fts5vocab terms must stay real words for "Did you mean".
CREATE VIEW `article_search_source` AS
SELECT
	a.`id` AS `id`,
	a.`headline` AS `headline`,
	a.`dek` AS `dek`,
	a.`body` AS `body`,
	coalesce((
		SELECT group_concat(u.`name`, ' ' ORDER BY aa.`sort_order`, u.`id`)
		FROM `article_authors` aa JOIN `users` u ON u.`id` = aa.`user_id`
		WHERE aa.`article_id` = a.`id`
	), '') AS `authors`,
	coalesce((
		SELECT group_concat(t.`name`, ' ' ORDER BY t.`id`)
		FROM `article_tags` at JOIN `tags` t ON t.`id` = at.`tag_id`
		WHERE at.`article_id` = a.`id`
	), '') AS `tags`
FROM `articles` a;
--> statement-breakpoint
CREATE VIRTUAL TABLE `article_search` USING fts5(
	`headline`, `dek`, `body`, `authors`, `tags`,
	content='article_search_source', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
--> statement-breakpoint
-- Every indexed term with its document count: the dictionary "Did you mean" picks from.
CREATE VIRTUAL TABLE `article_search_vocab` USING fts5vocab(`article_search`, 'row');
--> statement-breakpoint
CREATE TRIGGER `article_search_ai` AFTER INSERT ON `articles` BEGIN
	INSERT INTO `article_search`(rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source` WHERE `id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_bu` BEFORE UPDATE OF `headline`, `dek`, `body` ON `articles` BEGIN
	INSERT INTO `article_search`(`article_search`, rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT 'delete', `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source` WHERE `id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_au` AFTER UPDATE OF `headline`, `dek`, `body` ON `articles` BEGIN
	INSERT INTO `article_search`(rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source` WHERE `id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_bd` BEFORE DELETE ON `articles` BEGIN
	INSERT INTO `article_search`(`article_search`, rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT 'delete', `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source` WHERE `id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_authors_bi` BEFORE INSERT ON `article_authors` BEGIN
	INSERT INTO `article_search`(`article_search`, rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT 'delete', `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source` WHERE `id` = new.`article_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_authors_ai` AFTER INSERT ON `article_authors` BEGIN
	INSERT INTO `article_search`(rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source` WHERE `id` = new.`article_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_authors_bu` BEFORE UPDATE ON `article_authors` BEGIN
	INSERT INTO `article_search`(`article_search`, rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT 'delete', `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source` WHERE `id` IN (old.`article_id`, new.`article_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_authors_au` AFTER UPDATE ON `article_authors` BEGIN
	INSERT INTO `article_search`(rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source` WHERE `id` IN (old.`article_id`, new.`article_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_authors_bd` BEFORE DELETE ON `article_authors` BEGIN
	INSERT INTO `article_search`(`article_search`, rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT 'delete', `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source` WHERE `id` = old.`article_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_authors_ad` AFTER DELETE ON `article_authors` BEGIN
	INSERT INTO `article_search`(rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source` WHERE `id` = old.`article_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_tags_bi` BEFORE INSERT ON `article_tags` BEGIN
	INSERT INTO `article_search`(`article_search`, rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT 'delete', `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source` WHERE `id` = new.`article_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_tags_ai` AFTER INSERT ON `article_tags` BEGIN
	INSERT INTO `article_search`(rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source` WHERE `id` = new.`article_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_tags_bu` BEFORE UPDATE ON `article_tags` BEGIN
	INSERT INTO `article_search`(`article_search`, rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT 'delete', `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source` WHERE `id` IN (old.`article_id`, new.`article_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_tags_au` AFTER UPDATE ON `article_tags` BEGIN
	INSERT INTO `article_search`(rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source` WHERE `id` IN (old.`article_id`, new.`article_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_tags_bd` BEFORE DELETE ON `article_tags` BEGIN
	INSERT INTO `article_search`(`article_search`, rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT 'delete', `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source` WHERE `id` = old.`article_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_tags_ad` AFTER DELETE ON `article_tags` BEGIN
	INSERT INTO `article_search`(rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source` WHERE `id` = old.`article_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_tag_name_bu` BEFORE UPDATE OF `name` ON `tags` BEGIN
	INSERT INTO `article_search`(`article_search`, rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT 'delete', `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source`
	WHERE `id` IN (SELECT `article_id` FROM `article_tags` WHERE `tag_id` = old.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_tag_name_au` AFTER UPDATE OF `name` ON `tags` BEGIN
	INSERT INTO `article_search`(rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source`
	WHERE `id` IN (SELECT `article_id` FROM `article_tags` WHERE `tag_id` = new.`id`);
END;
--> statement-breakpoint
-- A deleted tag's links would go by cascade only AFTER the tag row is gone, when the view can
-- no longer show the name the index holds; unlinking first keeps the pairs above in step.
CREATE TRIGGER `article_search_tag_bd` BEFORE DELETE ON `tags` BEGIN
	DELETE FROM `article_tags` WHERE `tag_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_user_name_bu` BEFORE UPDATE OF `name` ON `users` BEGIN
	INSERT INTO `article_search`(`article_search`, rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT 'delete', `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source`
	WHERE `id` IN (SELECT `article_id` FROM `article_authors` WHERE `user_id` = old.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_user_name_au` AFTER UPDATE OF `name` ON `users` BEGIN
	INSERT INTO `article_search`(rowid, `headline`, `dek`, `body`, `authors`, `tags`)
	SELECT `id`, `headline`, `dek`, `body`, `authors`, `tags` FROM `article_search_source`
	WHERE `id` IN (SELECT `article_id` FROM `article_authors` WHERE `user_id` = new.`id`);
END;
--> statement-breakpoint
-- Existing articles, read back through the view.
INSERT INTO `article_search`(`article_search`) VALUES ('rebuild');
--> statement-breakpoint
-- Comments, for moderators: an external-content index straight over the comments table, so
-- the classic old/new trigger trio suffices (the indexed columns live in the row itself).
CREATE VIRTUAL TABLE `comment_search` USING fts5(
	`body`, `author_name`,
	content='comments', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
--> statement-breakpoint
CREATE TRIGGER `comment_search_ai` AFTER INSERT ON `comments` BEGIN
	INSERT INTO `comment_search`(rowid, `body`, `author_name`) VALUES (new.`id`, new.`body`, new.`author_name`);
END;
--> statement-breakpoint
CREATE TRIGGER `comment_search_ad` AFTER DELETE ON `comments` BEGIN
	INSERT INTO `comment_search`(`comment_search`, rowid, `body`, `author_name`) VALUES ('delete', old.`id`, old.`body`, old.`author_name`);
END;
--> statement-breakpoint
CREATE TRIGGER `comment_search_au` AFTER UPDATE OF `body`, `author_name` ON `comments` BEGIN
	INSERT INTO `comment_search`(`comment_search`, rowid, `body`, `author_name`) VALUES ('delete', old.`id`, old.`body`, old.`author_name`);
	INSERT INTO `comment_search`(rowid, `body`, `author_name`) VALUES (new.`id`, new.`body`, new.`author_name`);
END;
--> statement-breakpoint
INSERT INTO `comment_search`(`comment_search`) VALUES ('rebuild');
