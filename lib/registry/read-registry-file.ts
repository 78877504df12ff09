/**
 * Streams the rows of a registry file (CSV/TSV in any supported encoding, or the first sheet of an
 * XLSX) without loading it into memory, and yields each row's identifier cell with its line number.
 */
import fs from "node:fs";
import { parse } from "csv-parse";
import iconv from "iconv-lite";
import ExcelJS from "exceljs";
import { AppError } from "@/lib/errors";
import { sniffFile, SNIFF_BYTES, type FileKind } from "./sniff-file";
import { findIdentifierColumn, type ColumnHeading } from "./identifier-column";

export interface RegistryRow {
  /** 1-based line (CSV) or row (XLSX) number, as the person sees it in their editor. */
  line: number;
  value: string;
  /** What the column's header says it holds. */
  heading?: ColumnHeading;
}

const ICONV_NAME = { utf8: "utf8", utf16le: "utf16le", utf16be: "utf16be", win1251: "win1251" } as const;

export async function* readRegistryFile(path: string): AsyncGenerator<RegistryRow> {
  const kind = await sniffPath(path);
  const rows = kind.kind === "xlsx" ? readXlsxRows(path) : readTextRows(path, kind);
  yield* identifierCells(rows);
}

async function sniffPath(path: string): Promise<FileKind> {
  const handle = await fs.promises.open(path, "r");
  try {
    const { size } = await handle.stat();
    const sample = Buffer.alloc(Math.min(SNIFF_BYTES, size));
    await handle.read(sample, 0, sample.length, 0);
    return sniffFile(sample, size);
  } finally {
    await handle.close();
  }
}

interface RawRow {
  line: number;
  cells: string[];
}

/** Picks the identifier column from the first two rows (a header, or data), then yields its cells. */
async function* identifierCells(rows: AsyncIterable<RawRow>): AsyncGenerator<RegistryRow> {
  let column: number | undefined;
  let heading: ColumnHeading = "unknown";
  let pending: RawRow | undefined;
  for await (const row of rows) {
    if (row.cells.every((cell) => !cell.trim())) continue; // blank lines are not rows
    if (column === undefined && !pending) {
      pending = row;
      continue;
    }
    if (column === undefined && pending) {
      const found = findIdentifierColumn(pending.cells, row.cells);
      column = found.column;
      heading = found.heading;
      if (!found.isHeader) yield { line: pending.line, value: pending.cells[column] ?? "" };
    }
    yield { line: row.line, value: row.cells[column!] ?? "", heading };
  }
  if (column === undefined && pending) {
    // A one-row file: a header alone holds no identifier.
    const found = findIdentifierColumn(pending.cells);
    if (!found.isHeader) yield { line: pending.line, value: pending.cells[found.column] ?? "" };
  }
}

async function* readTextRows(path: string, kind: Extract<FileKind, { kind: "text" }>): AsyncGenerator<RawRow> {
  const source = fs.createReadStream(path, { start: kind.bomBytes, highWaterMark: 256 * 1024 });
  const decoded = kind.encoding === "utf8" ? source.setEncoding("utf8") : source.pipe(iconv.decodeStream(ICONV_NAME[kind.encoding]));
  const parser = decoded.pipe(
    parse({
      delimiter: kind.delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
      bom: true,
      max_record_size: 1 << 20,
    }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { line: info.lines, cells: record };
    }
  } catch (error) {
    throw new AppError("unprocessable", "errors.registry.unreadableText", {
      params: { delimiter: kind.delimiter === "\t" ? "tab" : kind.delimiter, line: lineOf(error) },
    });
  } finally {
    source.destroy();
  }
}

/** The line the parser stopped at, or "none" (the message's select) when it did not say. */
function lineOf(error: unknown): string {
  const lines = (error as { lines?: number })?.lines;
  return typeof lines === "number" ? String(lines) : "none";
}

async function* readXlsxRows(path: string): AsyncGenerator<RawRow> {
  // Styles are read so that numbers formatted with leading zeros ("000123") keep them.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          cells[col - 1] = cellText(cell);
        });
        yield { line: row.number, cells: Array.from(cells, (c) => c ?? "") };
      }
      return; // the first sheet is the registry
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("unprocessable", "errors.registry.xlsxDamaged");
  }
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "formula" in value) {
    // A formula's computed result is the identifier; the formula itself is never evaluated here.
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || result === null ? String((value as ExcelJS.CellFormulaValue).formula ?? "") : String(result);
  }
  if (typeof value === "object" && "richText" in value) return (value as ExcelJS.CellRichTextValue).richText.map((part) => part.text).join("");
  if (typeof value === "object" && "text" in value) return String((value as ExcelJS.CellHyperlinkValue).text);
  if (typeof value === "number") return numberText(value, cell.numFmt);
  return String(value);
}

/**
 * Personnel numbers typed into Excel become numbers; a "000000"-style format is how their leading
 * zeros survive, so we apply it. Integers never turn into "1e+21" or "123.0".
 */
function numberText(value: number, format: string | undefined): string {
  const digits = Number.isInteger(value) ? BigInt(value).toString() : String(value);
  const zeros = format?.replace(/["\\]/g, "").match(/^0+$/)?.[0].length;
  return zeros && Number.isInteger(value) && value >= 0 ? digits.padStart(zeros, "0") : digits;
}
