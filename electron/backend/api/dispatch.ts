// Validates a call against the contract, runs its handler, and returns a typed result.
// Both transports (Electron IPC, the web server) go through here; nothing raw reaches the UI.
import { apiContract, isApiCallName, type ApiCallName, type ApiOutput, type ApiParsedInput } from './contract.js';
import { ApiError, fromZodIssues, type ApiResult } from './errors.js';

export type Handler<N extends ApiCallName> = (input: ApiParsedInput<N>) => ApiOutput<N> | Promise<ApiOutput<N>>;
export type Handlers = { [N in ApiCallName]: Handler<N> };
/** The handlers of one capability's calls (its contract module's call map). */
export type HandlersFor<Calls> = { [N in keyof Calls & ApiCallName]: Handler<N> };

export type Dispatch = (name: string, input: unknown) => Promise<ApiResult<unknown>>;

export function createDispatcher(handlers: Handlers, log: (error: unknown) => void = console.error): Dispatch {
  return async (name, input) => {
    if (!isApiCallName(name)) {
      return { ok: false, error: { kind: 'not-found', entity: 'call', message: `unknown call: ${name}` } };
    }
    const parsed = apiContract[name].input.safeParse(input ?? {}, { reportInput: true });
    if (!parsed.success) {
      const issues = fromZodIssues(parsed.error.issues);
      return { ok: false, error: { kind: 'validation', message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues } };
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.body };
      log(error);
      return { ok: false, error: { kind: 'internal', message: error instanceof Error ? error.message : String(error) } };
    }
  };
}
