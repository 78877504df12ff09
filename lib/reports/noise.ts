/**
 * Cell-key perturbation: every published count carries a small noise in −2…+2 that is a function of
 * a secret key, the figure's name and the version of the records behind it. The same records give
 * the same answer however often or in whichever combination they are asked for, so averaging
 * repeated requests gains nothing; any change to the records re-draws the noise, so the difference
 * of two overlapping figures, or of one figure a day apart, is a noisy number, never one person.
 * docs/decisions/0006-hr-figures-by-cell-key-perturbation.md gives the reasoning.
 */
import { createHmac, hkdfSync } from "node:crypto";
import { env } from "@/lib/env";

/** The largest change noise makes to a count. Published in the decision record and the API document: secrecy of the bound is not relied on. */
export const NOISE_BOUND = 2;

// The distribution of the noise (−2…+2): symmetric, so figures stay unbiased; every value possible,
// so no published figure can be taken as exact. Cumulative probabilities.
const NOISE_CDF: readonly [number, number][] = [
  [0.1, -2],
  [0.3, -1],
  [0.7, 0],
  [0.9, 1],
  [1, 2],
];

let key: Buffer | undefined;

// Derived from the identifier pepper, which never changes once registries exist: the noise must
// stay the same for the same records, or re-reading after a restart would average it away.
function noiseKey(): Buffer {
  key ??= Buffer.from(hkdfSync("sha256", Buffer.from(env().IDENTIFIER_PEPPER, "base64"), Buffer.alloc(0), "harbor report cell keys", 32));
  return key;
}

/** A uniform number in [0, 1) fixed by the cell's name and the version of its records. */
export function cellKey(cell: string, version: string): number {
  const digest = createHmac("sha256", noiseKey()).update(`${cell}\u0000${version}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32;
}

/** The noise of one cell: an integer in −NOISE_BOUND…NOISE_BOUND. */
export function cellNoise(cell: string, version: string): number {
  const u = cellKey(cell, version);
  return NOISE_CDF.find(([cumulative]) => u < cumulative)![1];
}
