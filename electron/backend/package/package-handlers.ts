import type { HandlerContext } from '../api/handler-context.js';
import type { packageCalls } from '../api/contract/package.js';
import type { HandlersFor } from '../api/dispatch.js';
import { fieldError } from '../api/errors.js';
import { listIssuedMemos } from '../memo-register/memo-register.js';
import { PackageService } from './package-service.js';

export function packageHandlers(context: HandlerContext): HandlersFor<typeof packageCalls> {
  const { db, actor } = context;
  const service = new PackageService(context);
  return {
    'package.compose': ({ fiscalYear, period, parts }) => service.compose(fiscalYear, period, parts),
    'package.preview': (input) => service.preview(input),
    'package.start': (input) => service.start(input, actor()),
    'package.status': ({ jobId }) => service.status(jobId),
    'package.cancel': ({ jobId }) => service.cancel(jobId),
    'package.list': () => service.list(),
    'package.openFolder': async ({ folder }) => {
      if (!service.isPackageFolder(folder)) throw fieldError('folder', 'not-a-package', 'not a package folder of this app');
      return { opened: await context.openFolder(folder) };
    },
    'memos.register': () => listIssuedMemos(db),
    'memos.saveTemplate': (input) => service.saveTemplate(input, actor()),
  };
}
