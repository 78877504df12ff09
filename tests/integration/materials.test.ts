/** Staff materials: the employer's own programme only, and a limit on how fast they are made. */
import { describe, expect, it } from "vitest";
import { getProgrammeMaterials } from "@/lib/materials/programme-materials";
import { codeOf } from "../support/error-code";
import { actorOf, createTenant, createUser } from "../support/factories";

describe("materials for staff", () => {
  it("name the actor's own programme and landing page, and nobody else's role gets them", async () => {
    const tenant = await createTenant();
    const hr = actorOf(await createUser({ role: "hr", tenant }));
    const materials = await getProgrammeMaterials(hr);
    expect(materials.slug).toBe(tenant.slug);
    expect(materials.landingUrl.endsWith(`/t/${tenant.slug}`)).toBe(true);
    expect(materials.emergencyNumber).toBe("999");
    for (const role of ["employee", "psychologist", "platform_admin"] as const) {
      const someone = actorOf(await createUser({ role, tenant: role === "employee" ? tenant : null }));
      expect(await codeOf(getProgrammeMaterials(someone))).toBe("forbidden");
    }
  });

  it("thirty-five asked for at once: thirty made, five refused with a clear 429", async () => {
    const admin = actorOf(await createUser({ role: "tenant_admin", tenant: await createTenant() }));
    const results = await Promise.all(Array.from({ length: 35 }, () => codeOf(getProgrammeMaterials(admin))));
    expect(results.filter((r) => r === "ok")).toHaveLength(30);
    expect(results.filter((r) => r === "rate_limited")).toHaveLength(5);
  });
});
