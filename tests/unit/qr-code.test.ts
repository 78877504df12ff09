/** The materials' QR code holds exactly the address it was made from, read back by a QR decoder. */
import { describe, expect, it } from "vitest";
import { qrPng, qrSvg } from "@/lib/materials/qr-code";
import { readQrFromPng } from "../support/read-qr";

describe("the landing page's QR code", () => {
  it("decodes to the address it was made from, at print and at screen size", async () => {
    for (const url of ["https://eap.example.com/t/acme", "http://localhost:3000/t/volga-logistics-2"]) {
      expect(readQrFromPng(await qrPng(url))).toBe(url);
      expect(readQrFromPng(await qrPng(url, 256))).toBe(url);
    }
    expect(readQrFromPng(await qrPng("https://eap.example.com/t/other"))).not.toBe("https://eap.example.com/t/acme");
  });

  it("is also an SVG of the same code", async () => {
    const svg = await qrSvg("https://eap.example.com/t/acme");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('viewBox="0 0');
  });
});
