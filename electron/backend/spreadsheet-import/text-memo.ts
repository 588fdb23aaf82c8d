// What is worked out from a text, remembered across files: the reader's header keys, header classes,
// tidied readings and typed values (offices fill in the same templates, so the same texts come back
// file after file), and the import's office names to match against. Bounded: cleared when full. What
// is remembered is never changed after, so one value serves every cell or file with the text.
export class TextMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(text: string, compute: (text: string) => V): V {
    let value = this.values.get(text);
    if (value === undefined && !this.values.has(text)) {
      value = compute(text);
      if (this.values.size >= this.max) this.values.clear();
      this.values.set(text, value);
    }
    return value as V;
  }
}
