/** Seeded pseudo-random numbers (mulberry32), so every run benchmarks the same assessments. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A complete assessment with uniformly random levels in each indicator's scale. */
export function randomLevels(
  indicators: readonly { id: string; scale: { min: number; max: number } }[],
  random: () => number,
): Record<string, number> {
  const levels: Record<string, number> = {};
  for (const { id, scale } of indicators) levels[id] = scale.min + Math.floor(random() * (scale.max - scale.min + 1));
  return levels;
}
