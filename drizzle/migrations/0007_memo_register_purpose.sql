ALTER TABLE `memo_register` ADD `purpose` text;--> statement-breakpoint
CREATE INDEX `memo_register_purpose_idx` ON `memo_register` (`purpose`);