import { beforeAll, describe, expect, it } from "vitest";
import { inEnglish } from "../support/in-english";
import { db } from "@/lib/db/client";
import { getPsychologistProfile } from "@/lib/catalogue/get-psychologist-profile";
import { leaveFeedback } from "@/lib/feedback/leave-feedback";
import { listReviewsForModeration, moderateReview } from "@/lib/feedback/moderate-review";
import { codeOf } from "../support/error-code";
import { actorOf, createAppointment, createPsychologist, createTenant, createUser } from "../support/factories";

describe("reviews", () => {
  let tenant: { id: string; name: string };
  let employee: ReturnType<typeof actorOf>;
  let operator: ReturnType<typeof actorOf>;
  let profileId: string;

  const completedSession = async (daysAgo: number) =>
    createAppointment({ tenant, employee, psychologist: { id: profileId }, startsAt: new Date(Date.now() - daysAgo * 86_400_000), status: "completed" });
  const rating = async () => db().psychologistProfile.findUniqueOrThrow({ where: { id: profileId }, select: { ratingSum: true, ratingCount: true } });
  const reviewOn = async (appointmentId: string) => db().feedback.findUniqueOrThrow({ where: { appointmentId } });

  beforeAll(async () => {
    tenant = await createTenant({ name: "Review Employer Oy" });
    employee = actorOf(await createUser({ role: "employee", tenant }));
    operator = actorOf(await createUser({ role: "platform_admin" }));
    profileId = (await createPsychologist()).profile.id;
  });

  it("keeps a new review out of the profile and the average until it is approved", async () => {
    const session = await completedSession(3);
    await leaveFeedback(employee, { appointmentId: session.id, rating: 4, comment: "Calm and practical." });
    expect((await getPsychologistProfile(employee, profileId)).reviews).toEqual([]);
    expect(await rating()).toEqual({ ratingSum: 0, ratingCount: 0 });
    const queue = await listReviewsForModeration(operator);
    expect(queue.some((r) => r.comment === "Calm and practical.")).toBe(true);

    await moderateReview(operator, (await reviewOn(session.id)).id, "approved");
    const profile = await getPsychologistProfile(employee, profileId);
    expect(profile.reviews).toEqual([{ rating: 4, comment: "Calm and practical.", month: expect.stringMatching(/^\d{4}-\d{2}$/) }]);
    expect(profile.rating).toEqual({ average: 4, count: 1 });
  });

  it("shows no employer, author or date finer than the month", async () => {
    const profile = await getPsychologistProfile(employee, profileId);
    const text = JSON.stringify(profile.reviews);
    expect(text).not.toContain(tenant.name);
    expect(text).not.toContain(employee.id);
    expect(Object.keys(profile.reviews[0]!).sort()).toEqual(["comment", "month", "rating"]);
  });

  it("takes a rejected review out again and moves the average back", async () => {
    const session = await completedSession(2);
    await leaveFeedback(employee, { appointmentId: session.id, rating: 1, comment: "Named my manager, Jane Doe." });
    const id = (await reviewOn(session.id)).id;
    await moderateReview(operator, id, "approved");
    expect(await rating()).toEqual({ ratingSum: 5, ratingCount: 2 });
    await moderateReview(operator, id, "rejected");
    expect(await rating()).toEqual({ ratingSum: 4, ratingCount: 1 });
    expect((await getPsychologistProfile(employee, profileId)).reviews.map((r) => r.comment)).toEqual(["Calm and practical."]);
    // Rejecting again changes nothing.
    await moderateReview(operator, id, "rejected");
    expect(await rating()).toEqual({ ratingSum: 4, ratingCount: 1 });
  });

  it("counts a rating once when two moderators approve at the same moment", async () => {
    const session = await completedSession(1);
    await leaveFeedback(employee, { appointmentId: session.id, rating: 5, comment: null });
    const id = (await reviewOn(session.id)).id;
    const outcomes = await Promise.all([codeOf(moderateReview(operator, id, "approved")), codeOf(moderateReview(operator, id, "approved"))]);
    expect(outcomes.every((o) => o === "ok" || o === "conflict")).toBe(true);
    expect(await rating()).toEqual({ ratingSum: 9, ratingCount: 2 });
  });

  it("accepts feedback only on the employee's own completed session, once", async () => {
    const upcoming = await createAppointment({ tenant, employee, psychologist: { id: profileId }, startsAt: new Date(Date.now() + 5 * 86_400_000) });
    expect(await codeOf(leaveFeedback(employee, { appointmentId: upcoming.id, rating: 5 }))).toBe("not_found");
    const colleague = actorOf(await createUser({ role: "employee", tenant }));
    const theirs = await createAppointment({
      tenant,
      employee: colleague,
      psychologist: { id: profileId },
      startsAt: new Date(Date.now() - 9 * 86_400_000),
      status: "completed",
    });
    expect(await codeOf(leaveFeedback(employee, { appointmentId: theirs.id, rating: 5 }))).toBe("not_found");
    const mine = await completedSession(8);
    await leaveFeedback(employee, { appointmentId: mine.id, rating: 3, comment: "  " });
    expect((await reviewOn(mine.id)).commentSealed).toBeNull();
    expect(await codeOf(leaveFeedback(employee, { appointmentId: mine.id, rating: 3 }))).toBe("conflict");
    expect(await inEnglish(await leaveFeedback(employee, { appointmentId: mine.id, rating: 9 }).catch((e: unknown) => e))).toContain("Choose 1 to 5 stars.");
  });

  it("lets only the operator moderate", async () => {
    const hr = actorOf(await createUser({ role: "hr", tenant }));
    const psychologist = actorOf(await db().user.findFirstOrThrow({ where: { psychologistProfile: { id: profileId } } }));
    for (const actor of [employee, hr, psychologist]) {
      expect(await codeOf(listReviewsForModeration(actor))).toBe("forbidden");
      expect(await codeOf(moderateReview(actor, "00000000-0000-4000-8000-000000000000", "approved"))).toBe("forbidden");
    }
  });
});
