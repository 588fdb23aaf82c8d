-- The targets move into their indicator's row, as a JSON object keyed by level: they are only ever
-- read and written with it, and five rows per indicator made every import and review read slower.
ALTER TABLE `plan_indicators` ADD `targets` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
UPDATE `plan_indicators` SET `targets` = (
  SELECT json_group_object(CAST(t.`level` AS TEXT), coalesce(t.`value_date`, t.`value_number`))
  FROM `indicator_targets` t WHERE t.`indicator_id` = `plan_indicators`.`id`
) WHERE EXISTS (SELECT 1 FROM `indicator_targets` t WHERE t.`indicator_id` = `plan_indicators`.`id`);--> statement-breakpoint
DROP TABLE `indicator_targets`;
