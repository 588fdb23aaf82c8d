CREATE TABLE `review_summaries` (
	`report_id` integer PRIMARY KEY NOT NULL,
	`fingerprint` text NOT NULL,
	`summary` text NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
