/** Registry files as HR departments produce them, written to a temporary folder for one test. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import ExcelJS from "exceljs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "harbor-registry-files-"));
let counter = 0;

export function writeFile(name: string, content: string | Buffer): string {
  const file = path.join(dir, `${++counter}-${name}`);
  fs.writeFileSync(file, content);
  return file;
}

export function textFile(name: string, lines: string[], encoding: "utf8" | "utf8-bom" | "utf16le-bom" | "utf16le" | "win1251" = "utf8", eol = "\r\n"): string {
  const text = lines.join(eol) + eol;
  const bytes =
    encoding === "utf8"
      ? Buffer.from(text, "utf8")
      : encoding === "utf8-bom"
        ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])
        : encoding === "utf16le-bom"
          ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])
          : encoding === "utf16le"
            ? Buffer.from(text, "utf16le")
            : iconv.encode(text, "win1251");
  return writeFile(name, bytes);
}

export async function xlsxFile(
  name: string,
  rows: (string | number | { formula: string; result: string })[][],
  options: { numberFormat?: string } = {},
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Staff");
  for (const row of rows) {
    const added = sheet.addRow(row);
    added.eachCell((cell) => {
      if (typeof cell.value === "number" && options.numberFormat) cell.numFmt = options.numberFormat;
    });
  }
  workbook.addWorksheet("Notes").addRow(["not the registry"]);
  const file = path.join(dir, `${++counter}-${name}`);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** A large CSV written in chunks: `count` personnel numbers starting at `from`. */
export function largeCsv(name: string, count: number, from = 0, width = 24): string {
  const file = path.join(dir, `${++counter}-${name}`);
  const fd = fs.openSync(file, "w");
  fs.writeSync(fd, "employee id;department\n");
  const chunk = 50_000;
  for (let start = 0; start < count; start += chunk) {
    let text = "";
    for (let i = start; i < Math.min(count, start + chunk); i++) text += `${String(from + i).padStart(10, "0")};${"x".repeat(width - 12)}\n`;
    fs.writeSync(fd, text);
  }
  fs.closeSync(fd);
  return file;
}
