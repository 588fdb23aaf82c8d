// The one API contract between the renderer and the backend: a zod schema per call for the input,
// and the TypeScript type of its output. The preload bridge (Electron IPC) and the web transport
// (HTTP on 127.0.0.1) both carry exactly these calls, and the dispatcher validates every input.
// Each capability declares its calls in ./contract/<capability>.ts; this file joins them.
import type { z } from 'zod';
import { importCalls, type ImportOutputs } from './contract/imports.js';
import { officeCalls, type OfficeOutputs } from './contract/offices.js';
import { settingsCalls, type SettingsOutputs } from './contract/settings.js';
import { reviewCalls, type ReviewOutputs } from './contract/review.js';
import { packageCalls, type PackageOutputs } from './contract/package.js';
import { backupCalls, type BackupOutputs } from './contract/backup.js';
import { userCalls, type UserOutputs } from './contract/users.js';
import { homeCalls, type HomeOutputs } from './contract/home.js';

export * from './contract/common.js';
export * from './contract/offices.js';
export * from './contract/settings.js';
export * from './contract/imports.js';
export * from './contract/review.js';
export * from './contract/package.js';
export * from './contract/backup.js';
export * from './contract/users.js';
export * from './contract/home.js';

export const apiContract = {
  ...settingsCalls,
  ...officeCalls,
  ...importCalls,
  ...reviewCalls,
  ...packageCalls,
  ...backupCalls,
  ...userCalls,
  ...homeCalls,
} as const;

export type ApiOutputs = SettingsOutputs & OfficeOutputs & ImportOutputs & ReviewOutputs & PackageOutputs & BackupOutputs & UserOutputs & HomeOutputs;

export type ApiCallName = keyof typeof apiContract;
export type ApiInput<N extends ApiCallName> = z.input<(typeof apiContract)[N]['input']>;
export type ApiParsedInput<N extends ApiCallName> = z.output<(typeof apiContract)[N]['input']>;
export type ApiOutput<N extends ApiCallName> = ApiOutputs[N];

export function isApiCallName(name: string): name is ApiCallName {
  return Object.prototype.hasOwnProperty.call(apiContract, name);
}
