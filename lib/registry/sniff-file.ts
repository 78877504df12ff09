/**
 * Works out what an uploaded registry file is from its first bytes: XLSX, or delimited text in
 * UTF-8 (with or without BOM), UTF-16 or Windows-1251 — what HR departments' tools really export.
 * Anything else is refused with a message that says what to do.
 */
import { AppError } from "@/lib/errors";

export type TextEncoding = "utf8" | "utf16le" | "utf16be" | "win1251";
export type Delimiter = "," | ";" | "\t";

export type FileKind = { kind: "xlsx" } | { kind: "text"; encoding: TextEncoding; bomBytes: number; delimiter: Delimiter };

export const SNIFF_BYTES = 64 * 1024;

export function sniffFile(sample: Buffer, totalBytes: number): FileKind {
  if (totalBytes === 0) throw new AppError("unprocessable", "errors.registry.empty");
  if (sample.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return { kind: "xlsx" };
  if (sample.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw new AppError("unprocessable", "errors.registry.xls");
  }

  const { encoding, bomBytes } = detectEncoding(sample);
  const text = decodeSample(sample.subarray(bomBytes), encoding);
  if (looksBinary(text)) {
    throw new AppError("unprocessable", "errors.registry.notSpreadsheet");
  }
  return { kind: "text", encoding, bomBytes, delimiter: detectDelimiter(text) };
}

function detectEncoding(sample: Buffer): { encoding: TextEncoding; bomBytes: number } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: "utf8", bomBytes: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: "utf16le", bomBytes: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: "utf16be", bomBytes: 2 };

  // UTF-16 without a BOM: ASCII-range text leaves a zero byte in every other position.
  const pairs = Math.min(sample.length >> 1, 4096);
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) zeroEven++;
    if (sample[2 * i + 1] === 0) zeroOdd++;
  }
  if (pairs > 0 && zeroOdd / pairs > 0.3 && zeroEven / pairs < 0.05) return { encoding: "utf16le", bomBytes: 0 };
  if (pairs > 0 && zeroEven / pairs > 0.3 && zeroOdd / pairs < 0.05) return { encoding: "utf16be", bomBytes: 0 };

  return { encoding: isValidUtf8(sample) ? "utf8" : "win1251", bomBytes: 0 };
}

/** Strict UTF-8 check that tolerates a multi-byte character cut off at the end of the sample. */
function isValidUtf8(sample: Buffer): boolean {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (let cut = 0; cut <= 3 && cut < sample.length; cut++) {
    try {
      decoder.decode(sample.subarray(0, sample.length - cut));
      return true;
    } catch {
      // try without the last byte(s)
    }
  }
  return sample.length === 0;
}

export function decodeSample(bytes: Buffer, encoding: TextEncoding): string {
  switch (encoding) {
    case "utf8":
      return new TextDecoder("utf-8").decode(bytes);
    case "utf16le":
      return new TextDecoder("utf-16le").decode(bytes);
    case "utf16be":
      return new TextDecoder("utf-16be").decode(bytes);
    case "win1251":
      return new TextDecoder("windows-1251").decode(bytes);
  }
}

function looksBinary(text: string): boolean {
  if (!text.length) return false;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control++;
  }
  return control / text.length > 0.01;
}

/** The delimiter that splits the first lines most consistently; a one-column file has none. */
function detectDelimiter(text: string): Delimiter {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim())
    .slice(0, 50);
  if (lines.length && !/\r\n|\n|\r/.test(text.slice(-1))) lines.pop(); // a line cut by the sample
  let best: { delimiter: Delimiter; score: number } = { delimiter: ",", score: 0 };
  for (const delimiter of [";", "\t", ","] as Delimiter[]) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const withIt = counts.filter((c) => c > 0).length;
    if (!withIt) continue;
    // Most lines should contain it, the same number of times.
    const mode = mostCommon(counts.filter((c) => c > 0));
    const consistent = counts.filter((c) => c === mode).length;
    const score = consistent * 10 + withIt;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let inQuotes = false;
  let count = 0;
  for (const char of line) {
    if (char === '"') inQuotes = !inQuotes;
    else if (char === delimiter && !inQuotes) count++;
  }
  return count;
}

function mostCommon(values: number[]): number {
  const tally = new Map<number, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  return [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}
