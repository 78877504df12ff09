/**
 * The noise of released cells: discrete Laplace (two-sided geometric), the integer form of the Laplace
 * mechanism of differential privacy. Its tails are unbounded, so no published value pins the truth
 * at an edge the way bounded noise does (a figure seen at both +2 and −2 is exact). Each cell's noise
 * is drawn from a keyed hash of its name, so it is deterministic (a crash mid-release and a retry give
 * the same value) and unpredictable without the key; and since a month is released once and never
 * again (lib/reports/release), no cell ever has a second draw to average.
 */
import { createHmac, hkdfSync } from "node:crypto";
import { env } from "@/lib/env";

let key: Buffer | undefined;

// Derived from the identifier pepper, which never changes once registries exist.
function noiseKey(): Buffer {
  key ??= Buffer.from(hkdfSync("sha256", Buffer.from(env().IDENTIFIER_PEPPER, "base64"), Buffer.alloc(0), "harbor report release noise", 32));
  return key;
}

/** Two independent uniforms in (0, 1] from the cell's name (48 bits each). */
function uniforms(cell: string): [number, number] {
  const digest = createHmac("sha256", noiseKey()).update(cell).digest();
  const take = (offset: number) => (digest.readUIntBE(offset, 6) + 1) / 2 ** 48;
  return [take(0), take(6)];
}

/**
 * An integer drawn from the discrete Laplace distribution of scale b, P(k) ∝ α^|k| with α = e^(−1/b),
 * as the difference of two geometric draws — a standard construction.
 */
export function discreteLaplace(scale: number, u1: number, u2: number): number {
  const logAlpha = -1 / scale;
  const geometric = (u: number) => Math.floor(Math.log(u) / logAlpha);
  return geometric(u1) - geometric(u2);
}

/** The noise of one named cell at scale b. */
export function cellNoise(cell: string, scale: number): number {
  const [u1, u2] = uniforms(cell);
  return discreteLaplace(scale, u1, u2);
}

/** P(|noise| ≤ t) for scale b: how often a cell lands within t of the truth (the README and decision record quote it). */
export function withinProbability(scale: number, t: number): number {
  const alpha = Math.exp(-1 / scale);
  return 1 - (2 * alpha ** (t + 1)) / (1 + alpha);
}

/** The standard deviation of a sum of `cells` independent cells of scale b (a figure made of several released cells). */
export function noiseSd(scale: number, cells: number): number {
  const alpha = Math.exp(-1 / scale);
  return Math.sqrt((cells * 2 * alpha) / (1 - alpha) ** 2);
}
