import { describe, expect, it } from "vitest";
import { findIdentifierColumn } from "@/lib/registry/identifier-column";

describe("findIdentifierColumn", () => {
  it.each([
    [["Name", "E-mail"], 1, "email"],
    [["ФИО", "Табельный номер"], 1, "named"],
    [["employee id"], 0, "named"],
    [["Sähköposti", "Osasto"], 0, "email"],
    [["Imię", "Numer pracownika"], 1, "named"],
    [["Identifier"], 0, "named"],
  ])("recognises the header %j, and whether it names e-mail addresses", (row, column, heading) => {
    expect(findIdentifierColumn(row as string[])).toEqual({ column, isHeader: true, heading });
  });

  it("takes an unknown one-word header above identifiers as a header", () => {
    expect(findIdentifierColumn(["Staff IDs"], ["000123"])).toEqual({ column: 0, isHeader: true, heading: "unknown" });
    expect(findIdentifierColumn(["Сотрудники"], ["ivan@corp.example"])).toEqual({ column: 0, isHeader: true, heading: "unknown" });
  });

  it("takes identifier-looking first rows as data", () => {
    expect(findIdentifierColumn(["004501", "Sales"], ["004502", "Sales"])).toEqual({ column: 0, isHeader: false, heading: "unknown" });
    expect(findIdentifierColumn(["ann@acme.example"], ["bob@acme.example"])).toEqual({ column: 0, isHeader: false, heading: "unknown" });
    expect(findIdentifierColumn(["ABC"], ["ABD"])).toEqual({ column: 0, isHeader: false, heading: "unknown" });
  });
});
