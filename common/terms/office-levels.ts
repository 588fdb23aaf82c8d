// The kinds of office in the registry, from the ministry down to an upazila office.

export const OFFICE_LEVELS = ['ministry', 'division', 'department', 'divisional', 'district', 'upazila', 'other'] as const;
export type OfficeLevel = (typeof OFFICE_LEVELS)[number];
