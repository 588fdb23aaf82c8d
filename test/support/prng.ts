// mulberry32: a small seedable PRNG, so generated inputs (fuzz files, synthetic reviews) are the same
// on every run with the same seed. (The fixture variants keep their own LCG: the demo and the
// screenshot references are built from its sequence.)
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
