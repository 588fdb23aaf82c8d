// The API called in the same process with the contract's types, as the renderer's client calls it:
// for the demo, the benchmarks and the tests.
import type { ApiCallName, ApiInput, ApiOutput } from './contract.js';
import type { Dispatch } from './dispatch.js';
import type { ApiErrorBody } from './errors.js';

export type TypedCall = <N extends ApiCallName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;

/** A failed call: the typed error body as the backend returned it. */
export class CallFailed extends Error {
  constructor(readonly call: string, readonly body: ApiErrorBody) {
    super(`${call}: ${body.message}`);
  }
}

export function typedCall(dispatch: Dispatch): TypedCall {
  return async (name, input) => {
    const result = await dispatch(name, input);
    if (!result.ok) throw new CallFailed(name, result.error);
    return result.value as ApiOutput<typeof name>;
  };
}
