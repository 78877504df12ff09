import { describe, expect, it } from "vitest";
import { checkActionBody } from "@/lib/http/action-body";

const BOUNDARY = "----harbor";
const multipartType = `multipart/form-data; boundary=${BOUNDARY}`;
function multipart(fields: Record<string, string>, { cut = 0 } = {}): Buffer {
  const parts = Object.entries(fields).map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  const whole = Buffer.from(`${parts.join("")}--${BOUNDARY}--\r\n`);
  return whole.subarray(0, whole.length - cut);
}
const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("a server action's body, before React decodes it", () => {
  it("lets through what Harbor's pages send", () => {
    expect(checkActionBody(multipartType, multipart({ "0": JSON.stringify(["3f1c…", null, "$K1"]), "1_name": "Sam [$F1] {" }))).toBeNull();
    expect(
      checkActionBody("text/plain;charset=UTF-8", Buffer.from(JSON.stringify(["id", "$$5 off", "$undefined", "$D2026-12-06T10:00:00.000Z", { a: [1, [2]] }]))),
    ).toBeNull();
    expect(checkActionBody("application/x-www-form-urlencoded", Buffer.from("a=1"))).toBeNull();
  });

  it("refuses a multipart body cut short", () => {
    expect(checkActionBody(multipartType, multipart({ "0": "[]" }, { cut: 10 }))?.status).toBe(400);
    expect(checkActionBody("multipart/form-data", multipart({ "0": "[]" }))?.status).toBe(400);
  });

  it("refuses a text/plain body that is not JSON", () => {
    expect(checkActionBody("text/plain", Buffer.from("not json"))?.message).toMatch(/not valid JSON/);
  });

  it("refuses deep nesting without recursing into it", () => {
    expect(checkActionBody("text/plain", Buffer.from(nested(32)))).toBeNull();
    expect(checkActionBody("text/plain", Buffer.from(nested(33)))?.message).toMatch(/nested deeper/);
    expect(checkActionBody("text/plain", Buffer.from(nested(20_000)))?.status).toBe(400);
    expect(checkActionBody(multipartType, multipart({ "0": nested(20_000) }))?.status).toBe(400);
    // Brackets inside strings are text, not depth.
    expect(checkActionBody("text/plain", Buffer.from(JSON.stringify(["[".repeat(100) + '"\\'])))).toBeNull();
  });

  it("refuses reference markers Harbor's pages never send, anywhere in the arguments", () => {
    for (const marker of ["$F1", "$@1", "$Q2", "$W3", "$B4", "$h5", "$T", "$1", "$S6", "$Z"]) {
      expect(checkActionBody("text/plain", Buffer.from(JSON.stringify(["ok", { deep: [marker] }])))?.status, marker).toBe(400);
      expect(checkActionBody(multipartType, multipart({ "0": JSON.stringify([marker]) }))?.status, marker).toBe(400);
      expect(checkActionBody(multipartType, multipart({ "0": "[]", "2": JSON.stringify({ x: marker }) }))?.status, marker).toBe(400);
    }
  });
});
