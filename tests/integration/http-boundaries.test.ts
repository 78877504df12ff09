import { describe, expect, it } from "vitest";
import { JSON_BODY_LIMIT_BYTES, readJsonBody } from "@/lib/http/json-body";
import { assertNotCrossSiteWrite } from "@/lib/http/action-request";
import { assertCanImportInto } from "@/lib/registry/import-registry";
import { codeOf } from "../support/error-code";
import { createTenant } from "../support/factories";

/** A body of `total` bytes handed out in 16 KB chunks, counting how much was read. */
function countedBody(total: number) {
  const counter = { read: 0 };
  const chunk = new Uint8Array(16 * 1024).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.read >= total) return controller.close();
      counter.read += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

describe("request bodies", () => {
  it("answers 413 for a JSON body over the limit, declared or not, and stops reading at the limit", async () => {
    const declared = new Request("http://harbor.test/api", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(JSON_BODY_LIMIT_BYTES + 1) },
      body: "{}",
    });
    expect(await codeOf(readJsonBody(declared))).toBe("payload_too_large");
    const { stream, counter } = countedBody(200 * 1024 * 1024);
    const chunked = new Request("http://harbor.test/api", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(await codeOf(readJsonBody(chunked))).toBe("payload_too_large");
    expect(counter.read).toBeLessThan(JSON_BODY_LIMIT_BYTES + 64 * 1024);
    const fine = new Request("http://harbor.test/api", { method: "POST", headers: { "content-type": "application/json" }, body: '{"text":"hi"}' });
    expect(await readJsonBody(fine)).toEqual({ text: "hi" });
  });

  it("refuses before reading a byte an upload to another tenant's registry", async () => {
    const ours = await createTenant();
    const theirs = await createTenant();
    expect(await codeOf(assertCanImportInto({ id: "x", role: "tenant_admin", tenantId: ours.id }, theirs.id))).toBe("not_found");
    expect(await codeOf(assertCanImportInto({ id: "x", role: "tenant_admin", tenantId: ours.id }, ours.id))).toBe("ok");
  });
});

describe("route handlers and other sites", () => {
  const request = (method: string, origin?: string) =>
    new Request("http://harbor.test/api/v1/anything", { method, headers: { host: "harbor.test", ...(origin ? { origin } : {}) } });
  const verdict = async (r: Request) => codeOf(Promise.resolve().then(() => assertNotCrossSiteWrite(r)));

  it("refuses a state-changing request another site's page sent, as server actions are refused", async () => {
    expect(await verdict(request("POST", "https://evil.example"))).toBe("forbidden");
    expect(await verdict(request("DELETE", "null"))).toBe("forbidden");
    // Harbor's own pages, tools without a browser (no Origin) and reads go through.
    expect(await verdict(request("POST", "http://harbor.test"))).toBe("ok");
    expect(await verdict(request("POST"))).toBe("ok");
    expect(await verdict(request("GET", "https://evil.example"))).toBe("ok");
  });
});
