/** Reads the one QR code in a PNG (jsQR over pngjs's pixels): what a phone's camera would open. */
import fs from "node:fs";
import jsQR from "jsqr";
import { PNG } from "pngjs";

export function readQrFromPng(png: Buffer | string): string | null {
  const image = PNG.sync.read(typeof png === "string" ? fs.readFileSync(png) : png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data ?? null;
}
