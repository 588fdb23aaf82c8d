// Calls of the review capability.
export const reviewCalls = {} as const;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ReviewOutputs {}
