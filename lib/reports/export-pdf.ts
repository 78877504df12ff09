/**
 * The report exactly as the dashboard shows it, as a PDF (pdfkit): figures, then each breakdown as
 * labelled bars. DejaVu Sans is embedded from node_modules, so Cyrillic renders and nothing is fetched.
 */
import path from "node:path";
import PDFDocument from "pdfkit";
import { FIGURE_NAMES } from "./disclosure";
import type { UtilisationReport } from "./get-report";
import { BREAKDOWN_NAMES, type ReportLabels } from "./report-labels";

// Read from disk at run time (not bundled): the server always runs from the project directory.
const FONTS = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const FONT = path.join(FONTS, "DejaVuSans.ttf");
const BOLD = path.join(FONTS, "DejaVuSans-Bold.ttf");

const INK = "#0f172a";
const MUTED = "#475569";
const BAR = "#0f766e";

export async function reportPdf(report: UtilisationReport, labels: ReportLabels): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 48, info: { Title: labels.title, Producer: "Harbor" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.registerFont("body", FONT).registerFont("bold", BOLD);
  const width = doc.page.width - 96;

  doc.font("bold").fontSize(18).fillColor(INK).text(labels.title);
  doc.font("body").fontSize(9).fillColor(MUTED).text(labels.asOf).moveDown(0.3).text(labels.tradeOff, { width }).moveDown();

  doc.font("bold").fontSize(12).fillColor(INK).text(labels.figuresTitle).moveDown(0.3);
  for (const name of FIGURE_NAMES) {
    const value = report.figures[name];
    const y = doc.y;
    doc
      .font("body")
      .fontSize(10)
      .fillColor(INK)
      .text(labels.figure(name), 48, y, { width: width - 140 });
    const after = doc.y;
    doc
      .fillColor(value === null ? MUTED : INK)
      .text(value === null ? labels.withheld : labels.value(name, value), 48 + width - 140, y, { width: 140, align: "right" });
    doc.y = Math.max(after, doc.y) + 2;
  }

  for (const breakdown of BREAKDOWN_NAMES) {
    const rows = report.breakdowns[breakdown];
    if (doc.y + 40 + rows.length * 16 > doc.page.height - 48) doc.addPage();
    doc.moveDown().font("bold").fontSize(12).fillColor(INK).text(labels.breakdownTitle(breakdown), 48).moveDown(0.3);
    const largest = Math.max(1, ...rows.map((row) => row.value ?? 0));
    for (const row of rows) {
      if (doc.y + 16 > doc.page.height - 48) doc.addPage();
      const y = doc.y;
      doc.font("body").fontSize(9).fillColor(INK).text(labels.row(breakdown, row.key), 48, y, { width: 150, lineBreak: false, ellipsis: true });
      if (row.value === null) doc.fillColor(MUTED).text(labels.withheld, 206, y);
      else {
        const barWidth = ((width - 210) * row.value) / largest;
        doc.rect(206, y + 1, Math.max(barWidth, 1), 9).fill(BAR);
        doc.fillColor(INK).text(String(row.value), 210 + barWidth, y);
      }
      doc.y = y + 15;
    }
  }
  doc.end();
  return done;
}
