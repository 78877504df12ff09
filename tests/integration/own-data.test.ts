import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { conversationOfAppointment } from "@/lib/chat/conversation-access";
import { sendMessage } from "@/lib/chat/send-message";
import { leaveFeedback } from "@/lib/feedback/leave-feedback";
import { exportMyData, EXPORT_FORMAT } from "@/lib/own-data/export-my-data";
import { saveSessionNote } from "@/lib/sessions/session-notes";
import { assignHomework } from "@/lib/tasks/assign-homework";
import { codeOf } from "../support/error-code";
import { actorOf, createAppointment, createPsychologist, createTenant, createUser } from "../support/factories";

describe("an employee's own data", () => {
  it("exports their account, sessions, messages, homework and reviews, opened, and nothing of the psychologist's notes", async () => {
    const tenant = await createTenant({ name: "Export Oy" });
    const employeeRow = await createUser({ role: "employee", tenant, displayName: "Wren" });
    const employee = actorOf(employeeRow);
    const { user, profile } = await createPsychologist({ displayName: "Dr Export" });
    const psychologist = actorOf(user);
    const live = await createAppointment({
      tenant,
      employee: employeeRow,
      psychologist: profile,
      startsAt: new Date(Date.now() - 10 * 60_000),
      format: "chat",
    });
    const conversation = await conversationOfAppointment(employee, live.id);
    await sendMessage(employee, conversation, { text: "I could not sleep again", clientToken: randomUUID() });
    await sendMessage(psychologist, conversation, { text: "Let us look at your evenings", clientToken: randomUUID() });
    await saveSessionNote(psychologist, live.id, { text: "PRIVATE NOTE of the psychologist" });
    await assignHomework(psychologist, live.id, { title: "Sleep diary", instructions: "Seven nights" });
    const past = await createAppointment({
      tenant,
      employee: employeeRow,
      psychologist: profile,
      startsAt: new Date(Date.now() - 3 * 86_400_000),
      status: "completed",
    });
    await leaveFeedback(employee, { appointmentId: past.id, rating: 5, comment: "Kind and clear" });

    const data = await exportMyData(employee);
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
