/**
 * Which column holds the identifier, and whether the first row is a header. Header names are
 * matched in the languages Harbor's employers use; without a recognised header the first column is
 * the identifier.
 */
const EMAIL_HEADERS = new Set(
  [
    "email",
    "e-mail",
    "e mail",
    "mail",
    "email address",
    "e-mail address",
    "work email",
    "work e-mail",
    "corporate email",
    "corporate e-mail",
    "почта",
    "электронная почта",
    "эл. почта",
    "e-mail сотрудника",
    "sähköposti",
    "adres e-mail",
  ].map(normaliseHeader),
);

const HEADER_NAMES = new Set(
  [
    ...EMAIL_HEADERS,
    "employee id",
    "employee_id",
    "employeeid",
    "employee number",
    "employee no",
    "employee no.",
    "personnel number",
    "personnel no",
    "personnel no.",
    "staff id",
    "staff number",
    "payroll number",
    "id",
    "identifier",
    "badge",
    "табельный номер",
    "табельный",
    "таб. номер",
    "таб.номер",
    "таб номер",
    "идентификатор",
    "почта",
    "электронная почта",
    "эл. почта",
    "e-mail сотрудника",
    "sähköposti",
    "henkilönumero",
    "työntekijänumero",
    "tunniste",
    "numer pracownika",
    "numer ewidencyjny",
    "identyfikator",
    "adres e-mail",
  ].map(normaliseHeader),
);

function normaliseHeader(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/^\ufeff/, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");
}

/**
 * Decides from the first two rows. A recognised header name wins. Otherwise the first column holds
 * identifiers, and the first row is a header we do not know when it is words (no digit, no "@")
 * while the row after it looks like an identifier ("Staff IDs" above "000123").
 */
/** What the header says the column holds: e-mail addresses, something else it names, or nothing known. */
export type ColumnHeading = "email" | "named" | "unknown";

export function findIdentifierColumn(firstRow: string[], secondRow?: string[]): { column: number; isHeader: boolean; heading: ColumnHeading } {
  const headers = firstRow.map(normaliseHeader);
  const named = headers.findIndex((h) => HEADER_NAMES.has(h));
  if (named >= 0) return { column: named, isHeader: true, heading: EMAIL_HEADERS.has(headers[named]!) ? "email" : "named" };
  const first = headers[0] ?? "";
  const next = secondRow?.[0]?.trim() ?? "";
  const isWords = /^[\p{L} ._:()-]+$/u.test(first);
  const nextLooksLikeIdentifier = /[\p{N}@]/u.test(next);
  return { column: 0, isHeader: isWords && nextLooksLikeIdentifier, heading: "unknown" };
}
