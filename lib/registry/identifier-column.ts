/**
 * Which column holds the identifier, and whether the first row is a header. Header names are
 * matched in the languages Harbor's employers use; without a recognised header the first column is
 * the identifier.
 */
const HEADER_NAMES = new Set(
  [
    "email", "e-mail", "e mail", "mail", "email address", "e-mail address", "work email", "corporate email",
    "employee id", "employee_id", "employeeid", "employee number", "employee no", "employee no.", "personnel number",
    "personnel no", "personnel no.", "staff id", "staff number", "payroll number", "id", "identifier", "badge",
    "табельный номер", "табельный", "таб. номер", "таб.номер", "таб номер", "идентификатор", "почта", "электронная почта", "эл. почта", "e-mail сотрудника",
    "sähköposti", "henkilönumero", "työntekijänumero", "tunniste",
    "numer pracownika", "numer ewidencyjny", "identyfikator", "adres e-mail",
  ].map(normaliseHeader),
);

function normaliseHeader(text: string): string {
  return text.normalize("NFKC").replace(/^\ufeff/, "").trim().toLowerCase().replace(/\s+/g, " ");
}

export function findIdentifierColumn(firstRow: string[]): { column: number; isHeader: boolean } {
  const headers = firstRow.map(normaliseHeader);
  const named = headers.findIndex((h) => HEADER_NAMES.has(h));
  if (named >= 0) return { column: named, isHeader: true };
  // A first row of words ("Name;Department") where identifiers would be is a header we do not know.
  const first = headers[0] ?? "";
  const looksLikeWords = firstRow.length > 1 && /^[\p{L} ._-]+$/u.test(first) && !first.includes("@") && headers.slice(1).every((h) => /^[\p{L} ._-]*$/u.test(h));
  return { column: 0, isHeader: looksLikeWords };
}
