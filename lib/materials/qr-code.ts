/** The landing page's QR code, as print-ready PNG and as SVG (the qrcode package). */
import QRCode from "qrcode";

// Level Q survives a poster's crease or a smudge (a quarter of the code), still small enough to read from a metre away at A4.
const OPTIONS = { errorCorrectionLevel: "Q", margin: 2 } as const;

export async function qrPng(text: string, width = 1024): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...OPTIONS, type: "png", width });
}

export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...OPTIONS, type: "svg" });
}
