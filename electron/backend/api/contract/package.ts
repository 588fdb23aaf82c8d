// Calls of the package capability.
export const packageCalls = {} as const;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PackageOutputs {}
