// A reviewer's verdict on one indicator of a report.

export const REVIEW_STATUSES = ['pending', 'accepted', 'needs-correction', 'not-applicable'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
