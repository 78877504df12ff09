import { describe, expect, it } from "vitest";
import { hashIdentifier, identifierHasher, normaliseIdentifier } from "@/lib/registry/identifier";

const pepper = Buffer.alloc(32, 7);

describe("employer identifiers", () => {
  it("normalise e-mails case-insensitively and trim them", () => {
    expect(normaliseIdentifier("  Jane.Doe@Example.COM\t")).toEqual({ kind: "email", value: "jane.doe@example.com" });
  });

  it("keep leading zeros of personnel numbers", () => {
    expect(normaliseIdentifier(" 004501 ")).toEqual({ kind: "personnel_number", value: "004501" });
    expect(normaliseIdentifier("ab-12")).toEqual({ kind: "personnel_number", value: "AB-12" });
  });

  it("fold full-width digits that spreadsheets produce", () => {
    expect(normaliseIdentifier("００４５")).toEqual({ kind: "personnel_number", value: "0045" });
  });

  it("reject empty, malformed and invisible-character values", () => {
    expect(normaliseIdentifier("   ")).toEqual({ problem: "empty" });
    expect(normaliseIdentifier("jane@")).toEqual({ problem: "invalid_email" });
    expect(normaliseIdentifier("12\u200b34")).toEqual({ problem: "invalid_characters" });
    expect(normaliseIdentifier("a".repeat(255))).toEqual({ problem: "too_long" });
  });

  it("take a formula-looking cell as plain text", () => {
    expect(normaliseIdentifier('=HYPERLINK("x")')).toEqual({ kind: "personnel_number", value: '=HYPERLINK("X")' });
  });

  it("hash per tenant, so one identifier differs across tenants", () => {
    const id = { kind: "email" as const, value: "jane@example.com" };
    const a = hashIdentifier("tenant-a", id, pepper);
    expect(a).toHaveLength(32);
    expect(a.equals(hashIdentifier("tenant-a", id, pepper))).toBe(true);
    expect(a.equals(hashIdentifier("tenant-b", id, pepper))).toBe(false);
    expect(a.toString("utf8")).not.toContain("jane");
  });

  it("hash the same with the fast per-tenant hasher as with plain HMAC", () => {
    const fast = identifierHasher("tenant-a", pepper);
    for (const value of ["jane@example.com", "004501", "Ё-ключ"]) {
      const id = { kind: "personnel_number" as const, value };
      expect(fast(id).equals(hashIdentifier("tenant-a", id, pepper))).toBe(true);
    }
    const longPepper = Buffer.alloc(100, 3);
    expect(
      identifierHasher("t", longPepper)({ kind: "email", value: "x@y.z" }).equals(hashIdentifier("t", { kind: "email", value: "x@y.z" }, longPepper)),
    ).toBe(true);
  });
});
