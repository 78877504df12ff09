import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { seal, unseal, type KeyRing } from "@/lib/crypto/seal";

const key = (id: string) => ({ id, key: randomBytes(32) });
const ring = (...keys: { id: string; key: Buffer }[]): KeyRing => ({ current: keys[0]!, byId: new Map(keys.map((k) => [k.id, k.key])) });

describe("seal", () => {
  it("round-trips text and never stores it in the clear", () => {
    const r = ring(key("k1"));
    const sealed = seal("I have trouble sleeping", "conversation:1", r);
    expect(Buffer.from(sealed.ciphertext).toString("utf8")).not.toContain("sleeping");
    expect(unseal(sealed, "conversation:1", r)).toBe("I have trouble sleeping");
  });

  it("refuses a ciphertext moved to another context", () => {
    const r = ring(key("k1"));
    expect(() => unseal(seal("secret", "conversation:1", r), "conversation:2", r)).toThrow();
  });

  it("reads data sealed under an older key after rotation", () => {
    const old = key("k1");
    const sealed = seal("before rotation", "note:1", ring(old));
    const rotated = ring(key("k2"), old);
    expect(unseal(sealed, "note:1", rotated)).toBe("before rotation");
    expect(seal("after", "note:1", rotated).keyId).toBe("k2");
  });
});
