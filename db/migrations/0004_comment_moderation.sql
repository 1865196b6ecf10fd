CREATE TABLE `comment_appeals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`comment_id` integer NOT NULL,
	`message` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`decided_at` integer,
	`decided_by_id` integer,
	`outcome` text,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `comment_appeals_comment_id_unique` ON `comment_appeals` (`comment_id`);--> statement-breakpoint
CREATE INDEX `comment_appeals_open_idx` ON `comment_appeals` (`decided_at`,`created_at`);--> statement-breakpoint
CREATE TABLE `comment_claims` (
	`comment_id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `comment_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`comment_id` integer NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`undone_at` integer,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `comment_decisions_comment_idx` ON `comment_decisions` (`comment_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `comment_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`comment_id` integer NOT NULL,
	`reason` text NOT NULL,
	`detail` text DEFAULT '' NOT NULL,
	`reporter_hash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`resolved_at` integer,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `comment_reports_comment_reporter_idx` ON `comment_reports` (`comment_id`,`reporter_hash`);--> statement-breakpoint
CREATE INDEX `comment_reports_open_idx` ON `comment_reports` (`resolved_at`,`created_at`);--> statement-breakpoint
CREATE TABLE `commenter_bans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text,
	`ip_hash` text,
	`reason` text NOT NULL,
	`expires_at` integer,
	`created_by_id` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`lifted_at` integer,
	`lifted_by_id` integer,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`lifted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `commenter_bans_email_idx` ON `commenter_bans` (`email`);--> statement-breakpoint
CREATE INDEX `commenter_bans_ip_idx` ON `commenter_bans` (`ip_hash`);--> statement-breakpoint
CREATE TABLE `commenter_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`body` text NOT NULL,
	`author_id` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `commenter_notes_email_idx` ON `commenter_notes` (`email`,`created_at`);--> statement-breakpoint
ALTER TABLE `articles` ADD `comment_moderation` text DEFAULT 'default' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `comment_surge_at` integer;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `article_id` integer;--> statement-breakpoint
CREATE INDEX `audit_log_article_idx` ON `audit_log` (`article_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `comments` ADD `reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `comments` ADD `rule_hits` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `comments` ADD `featured` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `comments` ADD `needs_review` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `comments` ADD `status_token_hash` text;--> statement-breakpoint
ALTER TABLE `comments` ADD `report_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `comments_status_token_idx` ON `comments` (`status_token_hash`);--> statement-breakpoint
CREATE INDEX `comments_author_email_idx` ON `comments` (`author_email`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_ip_hash_idx` ON `comments` (`ip_hash`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_reported_idx` ON `comments` (`report_count`,`created_at`);--> statement-breakpoint
ALTER TABLE `sections` ADD `comment_close_days` integer;--> statement-breakpoint
-- Emails identify a commenter (history, trust, bans): compare them in one case.
UPDATE `comments` SET `author_email` = lower(trim(`author_email`));
