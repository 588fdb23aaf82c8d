// pdfjs-dist's legacy build (the one for Node) carries core-js polyfills that replace built-ins the
// engine already has whenever core-js finds a corner of them not to its liking: V8's Array.prototype.push
// among them. Replaced, every push in the reader's worker (SheetJS's included) runs through JavaScript:
// measured, it made reading a PDF twice as slow. This module, imported before pdfjs, notes the
// built-ins; restoreBuiltins(), called once pdfjs has loaded, puts back each one pdfjs replaced and
// keeps only what it added (what Node 20 lacks, e.g. Promise.withResolvers).
const OWNERS: Array<[string, object]> = [
  ['Array', Array],
  ['Array.prototype', Array.prototype],
  ['Object', Object],
  ['Promise', Promise],
  ['Promise.prototype', Promise.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
  ['String.prototype', String.prototype],
  ['Function.prototype', Function.prototype],
  ['RegExp.prototype', RegExp.prototype],
  ['Math', Math],
  ['JSON', JSON],
  ['TypedArray.prototype', Object.getPrototypeOf(Uint8Array.prototype) as object],
  ['Uint8Array', Uint8Array],
  ['Uint8Array.prototype', Uint8Array.prototype],
  ['ArrayBuffer.prototype', ArrayBuffer.prototype],
  ['globalThis', globalThis],
];

const noted = OWNERS.map(([name, owner]) => ({ name, owner, properties: Object.getOwnPropertyDescriptors(owner) as Record<string | symbol, PropertyDescriptor> }));

/** Puts back the built-ins replaced since this module loaded; returns the names of those put back. */
export function restoreBuiltins(): string[] {
  const restored: string[] = [];
  for (const { name, owner, properties } of noted) {
    for (const key of Reflect.ownKeys(properties)) {
      const before = properties[key as string]!;
      const now = Object.getOwnPropertyDescriptor(owner, key);
      if (!now || (now.value === before.value && now.get === before.get && now.set === before.set)) continue;
      if (!now.configurable) continue;
      Object.defineProperty(owner, key, before);
      restored.push(`${name}.${String(key)}`);
    }
  }
  return restored;
}
