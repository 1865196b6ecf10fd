CREATE TABLE `correction_drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`comment_id` integer,
	`note` text NOT NULL,
	`kind` text DEFAULT 'correction' NOT NULL,
	`body` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`correction_id` integer,
	`created_by_id` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`resolved_by_id` integer,
	`resolved_at` integer,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`correction_id`) REFERENCES `corrections`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`resolved_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `correction_drafts_article_idx` ON `correction_drafts` (`article_id`,`status`);--> statement-breakpoint
CREATE INDEX `correction_drafts_status_idx` ON `correction_drafts` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `correction_drafts_comment_idx` ON `correction_drafts` (`comment_id`);--> statement-breakpoint
ALTER TABLE `comment_decisions` ADD `needs_review_before` integer;