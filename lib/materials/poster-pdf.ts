/**
 * The A4 poster: what the programme offers, that the employer never learns who uses it, and a QR code
 * to the landing page. pdfkit with DejaVu Sans embedded from node_modules, so Cyrillic renders and
 * nothing is fetched.
 */
import path from "node:path";
import PDFDocument from "pdfkit";
import type { ProgrammeMaterials } from "./programme-materials";
import { qrPng } from "./qr-code";

const FONTS = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const INK = "#0f172a";
const MUTED = "#475569";
const BRAND = "#17635d";
const URGENT = "#b91c1c";

export interface PosterLabels {
  title: string;
  offer: string;
  points: string[];
  scan: string;
  register: string;
  urgent: string;
}

export async function posterPdf(materials: ProgrammeMaterials, labels: PosterLabels): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: labels.title, Producer: "Harbor" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.registerFont("body", path.join(FONTS, "DejaVuSans.ttf")).registerFont("bold", path.join(FONTS, "DejaVuSans-Bold.ttf"));
  const left = 56;
  const width = doc.page.width - 112;

  doc.rect(0, 0, doc.page.width, 12).fill(BRAND);
  doc.font("bold").fontSize(13).fillColor(BRAND).text(`Harbor · ${materials.name}`, left, 48, { width });
  doc.moveDown(0.6).font("bold").fontSize(30).fillColor(INK).text(labels.title, { width, lineGap: 2 });
  doc.moveDown(0.5).font("body").fontSize(15).fillColor(INK).text(labels.offer, { width, lineGap: 2 });
  doc.moveDown(0.8);
  for (const point of labels.points) {
    const y = doc.y;
    doc.circle(left + 5, y + 8, 4).fill(BRAND);
    doc
      .font("body")
      .fontSize(13)
      .fillColor(INK)
      .text(point, left + 20, y, { width: width - 20, lineGap: 1 });
    doc.moveDown(0.5);
  }

  const qrSize = 190;
  const qrTop = Math.max(doc.y + 16, 430);
  doc.image(await qrPng(materials.landingUrl, 760), left, qrTop, { width: qrSize, height: qrSize });
  const textLeft = left + qrSize + 24;
  doc
    .font("bold")
    .fontSize(16)
    .fillColor(INK)
    .text(labels.scan, textLeft, qrTop + 10, { width: width - qrSize - 24 });
  doc
    .moveDown(0.4)
    .font("body")
    .fontSize(12)
    .fillColor(BRAND)
    .text(materials.landingUrl, { width: width - qrSize - 24 });
  doc
    .moveDown(0.6)
    .fontSize(11)
    .fillColor(MUTED)
    .text(labels.register, { width: width - qrSize - 24 });

  const footerTop = doc.page.height - 56 - 60;
  doc.rect(left, footerTop, width, 60).lineWidth(1.5).stroke(URGENT);
  doc
    .font("bold")
    .fontSize(12)
    .fillColor(URGENT)
    .text(labels.urgent, left + 14, footerTop + 14, { width: width - 28 });
  doc.end();
  return done;
}
