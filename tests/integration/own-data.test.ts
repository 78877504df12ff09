import { describe, expect, it } from "vitest";
import { exportMyData, EXPORT_FORMAT } from "@/lib/own-data/export-my-data";
import { codeOf } from "../support/error-code";
import { employeeMonth } from "../support/employee-month";
import { actorOf, createPsychologist, createTenant, createUser } from "../support/factories";

describe("an employee's own data", () => {
  it("exports their account, sessions, messages, homework and reviews, opened, and nothing of the psychologist's notes", async () => {
    const tenant = await createTenant({ name: "Export Oy" });
    const employeeRow = await createUser({ role: "employee", tenant, displayName: "Wren" });
    const { live, past } = await employeeMonth(
      tenant,
      employeeRow,
      {
        messages: ["I could not sleep again", "Let us look at your evenings"],
        note: "PRIVATE NOTE of the psychologist",
        homework: { title: "Sleep diary", instructions: "Seven nights" },
        review: "Kind and clear",
      },
      "Dr Export",
    );

    const data = await exportMyData(actorOf(employeeRow));
    expect(data.format).toBe(EXPORT_FORMAT);
    expect(data.account).toMatchObject({ email: employeeRow.email, alias: "Wren", employer: "Export Oy" });
    expect(data.sessions.map((s) => s.id).sort()).toEqual([live.id, past.id].sort());
    expect(data.sessions[0]!.psychologist).toBe("Dr Export");
    expect(data.conversations[0]!.messages.map((m) => [m.from, m.text])).toEqual([
      ["employee", "I could not sleep again"],
      ["psychologist", "Let us look at your evenings"],
    ]);
    expect(data.homework).toEqual([expect.objectContaining({ title: "Sleep diary", instructions: "Seven nights", psychologistName: "Dr Export" })]);
    expect(data.reviews).toEqual([expect.objectContaining({ rating: 5, comment: "Kind and clear" })]);
    expect(data.signInMethods).toEqual({ authenticatorApp: false, passkeys: [] });
    expect(JSON.stringify(data)).not.toContain("PRIVATE NOTE");
  });

  it("is the employee's alone", async () => {
    const tenant = await createTenant();
    for (const role of ["hr", "tenant_admin"] as const) expect(await codeOf(exportMyData(actorOf(await createUser({ role, tenant }))))).toBe("forbidden");
    expect(await codeOf(exportMyData(actorOf((await createPsychologist()).user)))).toBe("forbidden");
  });
});
