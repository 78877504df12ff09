import { describe, expect, it } from "vitest";
import { findIdentifierColumn } from "@/lib/registry/identifier-column";

describe("findIdentifierColumn", () => {
  it.each([
    [["Name", "E-mail"], 1],
    [["ФИО", "Табельный номер"], 1],
    [["employee id"], 0],
    [["Sähköposti", "Osasto"], 0],
    [["Imię", "Numer pracownika"], 1],
  ])("recognises the header %j", (row, column) => {
    expect(findIdentifierColumn(row as string[])).toEqual({ column, isHeader: true });
  });

  it("takes an unknown one-word header above identifiers as a header", () => {
    expect(findIdentifierColumn(["Staff IDs"], ["000123"])).toEqual({ column: 0, isHeader: true });
    expect(findIdentifierColumn(["Сотрудники"], ["ivan@corp.example"])).toEqual({ column: 0, isHeader: true });
  });

  it("takes identifier-looking first rows as data", () => {
    expect(findIdentifierColumn(["004501", "Sales"], ["004502", "Sales"])).toEqual({ column: 0, isHeader: false });
    expect(findIdentifierColumn(["ann@acme.example"], ["bob@acme.example"])).toEqual({ column: 0, isHeader: false });
    expect(findIdentifierColumn(["ABC"], ["ABD"])).toEqual({ column: 0, isHeader: false });
  });
});
