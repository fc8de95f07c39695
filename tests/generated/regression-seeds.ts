/**
 * Seeds of generated content sets (tests/generated/content-set.ts) that found
 * a bug, with what they found; the unit tests load every one of them.
 * Rebuild one with `node --import tsx tests/generated/write.ts <dir> <seed>`.
 */
export const REGRESSION_SEEDS: { seed: number; found: string }[] = [];
