// The layering rules in eslint.config.js fire on the imports they forbid and let the allowed ones by.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.js';

const eslint = new ESLint({ cwd: projectRoot });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('layering', () => {
  it.each([
    ['renderer/src/x.tsx', "import { apiContract } from '../../electron/backend/api/contract.js';\nvoid apiContract;", /only the contract's types/i],
    ['renderer/src/x.tsx', "import type { Finding } from '../../electron/backend/review-checks/index.js';\nexport type F = Finding;", /only through the API/i],
    ['renderer/src/x.tsx', "import { z } from 'zod';\nvoid z;", /no zod in the renderer/i],
    ['renderer/src/x.tsx', "import { planDocumentSchema } from '../../common/plan-document/schema.js';\nvoid planDocumentSchema;", /no zod in the renderer/i],
    ['renderer/src/x.tsx', "import fs from 'node:fs';\nvoid fs;", /sandboxed web page/i],
    ['common/x.ts', "import { createBackend } from '../electron/backend/app/backend.js';\nvoid createBackend;", /lowest layer/i],
    ['common/terms/x.ts', "import { z } from 'zod';\nvoid z;", /only the document schemas/i],
    ['electron/backend/review/x.ts', "import { app } from 'electron';\nvoid app;", /plain Node/i],
    ['electron/backend/review/x.ts', "import { createHandlers } from '../app/handlers.js';\nvoid createHandlers;", /only the shells import app/i],
    ['electron/backend/review/x.ts', "import { App } from '../../../renderer/src/app/App.js';\nvoid App;", /never imports the renderer/i],
    ['electron/web/x.ts', "import { App } from '../../renderer/src/app/App.js';\nvoid App;", /never import its code/i],
  ])('%s: %s is refused', async (file, code, message) => {
    const errors = await layeringErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ['renderer/src/x.tsx', "import type { Office } from '../../electron/backend/api/contract.js';\nexport type O = Office;"],
    ['renderer/src/x.tsx', "import type { PlanDocument } from '../../common/plan-document/schema.js';\nexport type P = PlanDocument;"],
    ['renderer/src/x.tsx', "import { PERIODS } from '../../common/terms/plan-terms.js';\nvoid PERIODS;"],
    ['common/plan-document/x.ts', "import { z } from 'zod';\nvoid z;"],
    ['electron/backend/app/x.ts', "import { createHandlers } from './handlers.js';\nvoid createHandlers;"],
    ['electron/main/x.ts', "import { createBackend } from '../backend/app/backend.js';\nvoid createBackend;"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });
});
