import { describe, expect, it } from "vitest";
import { calendarFeedStatus, createCalendarFeed, readCalendarFeed, revokeCalendarFeed } from "@/lib/booking/calendar-feed";
import { db } from "@/lib/db/client";
import { calendarOccurrences } from "../support/calendar-occurrences";
import { codeOf } from "../support/error-code";
import { actorOf, createAppointment, createPsychologist, createTenant, createUser } from "../support/factories";

const tokenOf = (url: string) => url.split("/").pop()!;

describe("a psychologist's private calendar feed", () => {
  it("lists their sessions as 'Session · Harbor' with the room link and nothing about the client; replaced or turned off, the old link is not found", async () => {
    const tenant = await createTenant({ name: "Secretive Employer Ltd" });
    const employee = await createUser({ role: "employee", tenant, displayName: "Zanzibar Client" });
    const { user, profile } = await createPsychologist();
    const psychologist = actorOf(user);
    const soon = new Date(Date.now() + 2 * 86_400_000);
    soon.setUTCMinutes(0, 0, 0);
    const booked = await createAppointment({ tenant, employee, psychologist: profile, startsAt: soon, topic: "burnout" });
    const cancelled = await createAppointment({
      tenant,
      employee,
      psychologist: profile,
      startsAt: new Date(soon.getTime() + 86_400_000),
      status: "cancelled",
    });
    // Another psychologist's session is not in this feed.
    const other = await createPsychologist();
    await createAppointment({ tenant, employee, psychologist: other.profile, startsAt: new Date(soon.getTime() + 3 * 3_600_000) });

    expect(await calendarFeedStatus(psychologist)).toBeNull();
    const first = await createCalendarFeed(psychologist);
    const ics = await readCalendarFeed(tokenOf(first));
    const events = calendarOccurrences(ics);
    expect(events.map((e) => [e.uid, e.start.toISOString(), e.status])).toEqual([
      [`${booked.id}@harbor-feed`, soon.toISOString(), "CONFIRMED"],
      [`${cancelled.id}@harbor-feed`, cancelled.startsAt.toISOString(), "CANCELLED"],
    ]);
    expect(ics).toContain("SUMMARY:Session · Harbor");
    // Long lines are folded (RFC 5545): unfolded, the room link is there.
    expect(ics.replace(/\r\n /g, "")).toContain(`/practice/sessions/${booked.id}`);
    for (const secret of ["Zanzibar", "Secretive", "burnout", employee.email]) expect(ics).not.toContain(secret);
    expect((await calendarFeedStatus(psychologist))?.lastReadAt).toBeInstanceOf(Date);
    // The secret is stored only as its hash.
    const row = await db().calendarFeed.findUniqueOrThrow({ where: { psychologistId: profile.id } });
    expect(Buffer.from(row.tokenHash).toString("base64url")).not.toContain(tokenOf(first));

    const second = await createCalendarFeed(psychologist);
    expect(await codeOf(readCalendarFeed(tokenOf(first)))).toBe("not_found");
    expect(await codeOf(readCalendarFeed(tokenOf(second)))).toBe("ok");
    await revokeCalendarFeed(psychologist);
    expect(await codeOf(readCalendarFeed(tokenOf(second)))).toBe("not_found");
    expect(await codeOf(readCalendarFeed("short"))).toBe("not_found");
    expect(await codeOf(createCalendarFeed(actorOf(employee)))).toBe("forbidden");
  });
});
