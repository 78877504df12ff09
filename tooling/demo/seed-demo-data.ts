/**
 * Demo data that makes every screen meaningful: two tenants, a dozen psychologists, one person per
 * role, and months of synthetic consultations so HR figures are mostly shown and at least one is
 * suppressed. Idempotent: it does nothing when the demo tenants exist. Everything is written in one
 * transaction, so an interrupted seed leaves no half-made demo behind.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { DateTime } from "luxon";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import type { Direction, SessionFormat } from "@/lib/generated/prisma/enums";
import { newAccountIdentity } from "@/lib/auth/account-fields";
import { SECOND_FACTOR_ROLES } from "@/lib/auth/roles";
import { sealTotpSecret } from "@/lib/second-factor/totp-secret";
import { hashPassword } from "@/lib/auth/password";
import { sealReviewText } from "@/lib/feedback/review-text";
import { hashIdentifier, normaliseIdentifier, type NormalisedIdentifier } from "@/lib/registry/identifier";
import { seal } from "@/lib/crypto/seal";
import { sealHomework } from "@/lib/tasks/homework-body";
import { noteContext } from "@/lib/sessions/session-notes";
import { directionOfTopic, type Topic } from "@/lib/catalogue/vocabulary";
import { seedCrisisLines } from "./crisis-lines";
import { DEMO_PSYCHOLOGISTS } from "./psychologists";

export const DEMO_PASSWORD = "harbor-demo-2026";
/**
 * The authenticator key of every demo staff account (psychologists, HR, admins), published in the
 * README so anyone trying the demo can add it to an app, or run `npm run demo:code`. Demo only.
 */
export const DEMO_TOTP_SECRET = "HARBORDEMOHARBORDEMOHARBORDEMO22";

export interface DemoTenantSpec {
  slug: string;
  name: string;
  locale: string;
  timeZone: string;
  country: string;
  /** The employer's own support line, if it has one. */
  hotline?: { name: string; phone: string };
  /** Registry identifiers; the first belongs to the demo employee, then the synthetic ones. */
  identifiers: string[];
  syntheticEmployees: number;
  contract: { sessionsPerYear: number; directions: Direction[]; formats: SessionFormat[]; lateCancelHours: number; reportMinGroupSize: number };
  /** The demo employee's alias, in the employer's language. */
  employeeAlias: string;
  /** The employer's own staff, by name: the header shows a name above the role. */
  hrName: string;
  adminName: string;
  /** Topics synthetic employees bring, by weight; a rare one ends up below the report floor. */
  topicWeights: [Topic, number][];
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

export const DEMO_TENANTS: DemoTenantSpec[] = [
  {
    slug: "acme",
    name: "Acme Corporation",
    locale: "en",
    timeZone: "Europe/London",
    country: "GB",
    // Ofcom keeps 020 7946 0xxx for drama: a number that reaches nobody.
    hotline: { name: "Acme People Support (24/7)", phone: "020 7946 0321" },
    // Personnel numbers with leading zeros, as HR systems export them.
    identifiers: Array.from({ length: 160 }, (_, i) => pad(4501 + i, 6)),
    syntheticEmployees: 120,
    employeeAlias: "Sam",
    hrName: "Dana Whitfield",
    adminName: "Chris Okafor",
    contract: {
      sessionsPerYear: 8,
      directions: ["psychology", "legal", "financial"],
      formats: ["chat", "audio", "video"],
      lateCancelHours: 24,
      reportMinGroupSize: 10,
    },
    topicWeights: [
      ["stress_burnout", 5],
      ["anxiety", 4],
      ["relationships", 3],
      ["work_conflict", 2],
      ["grief", 1],
    ],
  },
  {
    slug: "northwind",
    name: "Northwind Traders",
    locale: "en",
    timeZone: "Europe/Helsinki",
    country: "FI",
    identifiers: Array.from({ length: 150 }, (_, i) => `employee${pad(i + 1, 3)}@northwind.example`),
    syntheticEmployees: 110,
    employeeAlias: "Alex",
    hrName: "Maren Holt",
    adminName: "Jonas Berg",
    contract: { sessionsPerYear: 6, directions: ["psychology", "legal"], formats: ["audio", "video"], lateCancelHours: 48, reportMinGroupSize: 12 },
    topicWeights: [
      ["anxiety", 4],
      ["stress_burnout", 4],
      ["family", 3],
      ["low_mood", 2],
      ["employment_law", 1],
    ],
  },
  {
    // A Russian-speaking employer: its people see Harbor in Russian unless they choose otherwise.
    slug: "volga",
    name: "Волга Логистик",
    locale: "ru",
    timeZone: "Europe/Moscow",
    country: "RU",
    identifiers: Array.from({ length: 140 }, (_, i) => pad(7001 + i, 5)),
    syntheticEmployees: 110,
    employeeAlias: "Саша",
    hrName: "Ольга Петрова",
    adminName: "Игорь Соколов",
    contract: {
      sessionsPerYear: 5,
      directions: ["psychology", "legal", "financial"],
      formats: ["chat", "audio", "video"],
      lateCancelHours: 24,
      reportMinGroupSize: 10,
    },
    topicWeights: [
      ["stress_burnout", 8],
      ["family", 3],
      ["anxiety", 3],
      ["debt", 2],
      ["sleep", 1],
    ],
  },
];

export interface SeedResult {
  seeded: boolean;
  tenants: number;
  psychologists: number;
  employees: number;
  appointments: number;
}

export async function seedDemoData(prisma: PrismaClient, options: { now?: Date; pepper?: Buffer } = {}): Promise<SeedResult> {
  const existing = await prisma.tenant.count({ where: { slug: { in: DEMO_TENANTS.map((t) => t.slug) } } });
  if (existing > 0) return { seeded: false, tenants: 0, psychologists: 0, employees: 0, appointments: 0 };

  const now = DateTime.fromJSDate(options.now ?? new Date());
  const random = mulberry32(20261123);
  const demoHash = await hashPassword(DEMO_PASSWORD);
  // Synthetic people cannot sign in: their password is random and discarded.
  const unusableHash = await hashPassword(randomBytes(24).toString("base64"));

  return prisma.$transaction(
    async (tx) => {
      await tx.user.create({ data: { ...newAccountIdentity("admin@harbor.test", "Robin Ellis"), passwordHash: demoHash, role: "platform_admin" } });
      const psychologists = await createPsychologists(tx, demoHash);
      let employees = 0;
      let appointments = 0;
      // One schedule for every employer: a psychologist's hours are shared by all of them.
      const schedule = new Scheduler();
      for (const spec of DEMO_TENANTS) {
        const made = await createTenant(tx, spec, { demoHash, unusableHash, psychologists, schedule, now, random, pepper: options.pepper });
        employees += made.employees;
        appointments += made.appointments;
      }
      await enrolDemoStaffAuthenticator(tx, demoHash);
      await seedCrisisLines(tx, now);
      return { seeded: true, tenants: DEMO_TENANTS.length, psychologists: psychologists.length, employees, appointments };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** Staff must sign in with a second factor: the demo's staff have one already, with the published key. */
async function enrolDemoStaffAuthenticator(tx: Prisma.TransactionClient, demoHash: string) {
  const staff = await tx.user.findMany({ where: { role: { in: [...SECOND_FACTOR_ROLES] }, passwordHash: demoHash }, select: { id: true } });
  await tx.totpFactor.createMany({ data: staff.map((u) => ({ userId: u.id, secretSealed: sealTotpSecret(u.id, DEMO_TOTP_SECRET), confirmedAt: new Date() })) });
}

interface SeededPsychologist {
  profileId: string;
  userId: string;
  directions: Direction[];
  formats: SessionFormat[];
  topics: string[];
  sessionMinutes: number;
  timeZone: string;
}

async function createPsychologists(tx: Prisma.TransactionClient, passwordHash: string): Promise<SeededPsychologist[]> {
  const made: SeededPsychologist[] = [];
  for (const p of DEMO_PSYCHOLOGISTS) {
    const user = await tx.user.create({ data: { ...newAccountIdentity(p.email, p.displayName), passwordHash, role: "psychologist", timeZone: p.timeZone } });
    const profile = await tx.psychologistProfile.create({
      data: {
        userId: user.id,
        displayName: p.displayName,
        gender: p.gender,
        experienceYears: p.experienceYears,
        timeZone: p.timeZone,
        directions: p.directions,
        formats: p.formats,
        languages: p.languages,
        methods: p.methods,
        topics: p.topics,
        shortBio: p.shortBio,
        longBio: p.longBio,
        bioLanguage: p.bioLanguage,
        status: "published",
        publishedAt: new Date(),
        qualifications: {
          create: p.qualifications.map((q) => ({
            kind: q.kind,
            title: q.title,
            institution: q.institution,
            year: q.year,
            status: q.verified ? "verified" : "pending",
            verifiedAt: q.verified ? new Date() : null,
          })),
        },
        rules: { create: p.hours.map(([weekday, from, to]) => ({ weekday, startMinute: from * 60, endMinute: to * 60 })) },
      },
    });
    made.push({
      profileId: profile.id,
      userId: user.id,
      directions: p.directions,
      formats: p.formats,
      topics: p.topics,
      sessionMinutes: 50,
      timeZone: p.timeZone,
    });
  }
  return made;
}

interface TenantContext {
  schedule: Scheduler;
  demoHash: string;
  unusableHash: string;
  psychologists: SeededPsychologist[];
  now: DateTime;
  random: () => number;
  pepper?: Buffer;
}

async function createTenant(tx: Prisma.TransactionClient, spec: DemoTenantSpec, ctx: TenantContext) {
  const tenant = await tx.tenant.create({
    data: {
      slug: spec.slug,
      name: spec.name,
      locale: spec.locale,
      timeZone: spec.timeZone,
      country: spec.country,
      hotlineName: spec.hotline?.name ?? null,
      hotlinePhone: spec.hotline?.phone ?? null,
      // The programme began over a year ago, so HR has a history of months, quarters and years to compare.
      createdAt: programmeStart(ctx.now),
      contract: { create: { ...spec.contract, yearStartMonth: 1, yearStartDay: 1, registryGraceDays: 0 } },
    },
  });

  const normalised = spec.identifiers.map((raw) => normaliseIdentifier(raw) as NormalisedIdentifier);
  await tx.registryEntry.createMany({
    data: normalised.map((identifier) => ({
      tenantId: tenant.id,
      identifierHash: new Uint8Array(hashIdentifier(tenant.id, identifier, ctx.pepper)),
      createdAt: programmeStart(ctx.now),
    })),
  });
  const entries = await tx.registryEntry.findMany({ where: { tenantId: tenant.id }, select: { id: true, identifierHash: true } });
  const entryByHash = new Map(entries.map((e) => [Buffer.from(e.identifierHash).toString("hex"), e.id]));
  const entryFor = (index: number) => entryByHash.get(hashIdentifier(tenant.id, normalised[index]!, ctx.pepper).toString("hex"))!;

  const demoEmployee = await tx.user.create({
    data: {
      createdAt: ctx.now.minus({ days: 60 }).toJSDate(),
      emailConfirmedAt: ctx.now.minus({ days: 60 }).toJSDate(),
      ...newAccountIdentity(`employee@${spec.slug}.test`, spec.employeeAlias),
      passwordHash: ctx.demoHash,
      role: "employee",
      tenantId: tenant.id,
      registryEntryId: entryFor(0),
      timeZone: spec.timeZone,
    },
  });
  await tx.user.create({ data: { ...newAccountIdentity(`hr@${spec.slug}.test`, spec.hrName), passwordHash: ctx.demoHash, role: "hr", tenantId: tenant.id } });
  await tx.user.create({
    data: { ...newAccountIdentity(`admin@${spec.slug}.test`, spec.adminName), passwordHash: ctx.demoHash, role: "tenant_admin", tenantId: tenant.id },
  });

  const synthetic: string[] = [];
  for (let i = 1; i <= spec.syntheticEmployees; i++) {
    const user = await tx.user.create({
      data: {
        ...newAccountIdentity(`colleague${pad(i, 2)}@${spec.slug}.test`),
        passwordHash: ctx.unusableHash,
        role: "employee",
        tenantId: tenant.id,
        registryEntryId: entryFor(i),
        timeZone: spec.timeZone,
      },
    });
    synthetic.push(user.id);
  }

  const { schedule } = ctx;
  const eligible = ctx.psychologists.filter(
    (p) => p.directions.some((d) => spec.contract.directions.includes(d)) && p.formats.some((f) => spec.contract.formats.includes(f)),
  );
  const rows: Prisma.AppointmentCreateManyInput[] = [];
  synthetic.forEach((employeeId, index) => {
    const topic = pickWeighted(spec.topicWeights, ctx.random);
    const direction: Direction = directionOfTopic(topic as Topic);
    const candidates = eligible.filter((p) => p.directions.includes(direction));
    const psychologist = candidates[Math.floor(ctx.random() * candidates.length)] ?? eligible[0]!;
    const format = psychologist.formats.filter((f) => spec.contract.formats.includes(f))[Math.floor(ctx.random() * 2) % 2] ?? spec.contract.formats[0]!;
    // Two in three employees consulted recently; everyone has a history of one to four sessions.
    const sessions = 1 + Math.floor(ctx.random() * 4);
    for (let s = 0; s < sessions; s++) {
      const daysAgo = s === 0 && index % 3 !== 2 ? 2 + Math.floor(ctx.random() * 45) : 50 + Math.floor(ctx.random() * 200);
      const start = schedule.place(psychologist.profileId, employeeId, ctx.now.minus({ days: daysAgo }).setZone(spec.timeZone), ctx.random);
      const roll = ctx.random();
      const status = roll < 0.9 ? "completed" : roll < 0.95 ? "no_show" : "cancelled";
      rows.push({
        tenantId: tenant.id,
        employeeId,
        psychologistId: psychologist.profileId,
        direction,
        format,
        startsAt: start.toJSDate(),
        endsAt: start.plus({ minutes: psychologist.sessionMinutes }).toJSDate(),
        // Booked one to fourteen days ahead, as people do.
        createdAt: start.minus({ days: 1 + Math.floor(ctx.random() * 14) }).toJSDate(),
        status,
        countsAgainstQuota: status !== "cancelled",
        cancelledAt: status === "cancelled" ? start.minus({ days: 3 }).toJSDate() : null,
        cancelledBy: status === "cancelled" ? "employee" : null,
        topic: status === "completed" ? topic : null,
      });
    }
  });
  await tx.appointment.createMany({ data: rows });
  // Each colleague registered one to three weeks before their first session, as people do.
  const firstSession = new Map<string, number>();
  for (const row of rows) firstSession.set(row.employeeId, Math.min(firstSession.get(row.employeeId) ?? Infinity, new Date(row.startsAt).getTime()));
  const registered = [...firstSession].map(([id, first]) => ({ id, at: new Date(first - (7 + Math.floor(ctx.random() * 14)) * 86_400_000) }));
  await tx.$executeRaw`
    UPDATE users SET created_at = r.at, email_confirmed_at = r.at FROM unnest(${registered.map((r) => r.id)}::uuid[], ${registered.map((r) => r.at)}::timestamptz[]) AS r(id, at)
    WHERE users.id = r.id`;

  const demoCount = await createDemoEmployeeHistory(tx, tenant.id, demoEmployee.id, eligible, schedule, ctx, spec);
  await createFeedback(tx, tenant.id, ctx.random);
  await createProgrammeAnswers(tx, tenant.id, ctx);
  return { employees: synthetic.length + 1, appointments: rows.length + demoCount };
}

function programmeStart(now: DateTime): Date {
  return now.minus({ days: 400 }).startOf("month").toJSDate();
}

/** Answers to the programme question (NPS) from most synthetic employees, a day or so after their first session. */
async function createProgrammeAnswers(tx: Prisma.TransactionClient, tenantId: string, ctx: TenantContext) {
  const latest = await tx.appointment.findMany({
    where: { tenantId, status: "completed", employee: { passwordHash: ctx.unusableHash } },
    select: { id: true, employeeId: true, endsAt: true },
    orderBy: { startsAt: "asc" },
    distinct: ["employeeId"],
  });
  const rows: Prisma.NpsRequestCreateManyInput[] = [];
  for (const appointment of latest) {
    const asked = new Date(appointment.endsAt.getTime() + 2 * 3_600_000);
    if (asked > ctx.now.toJSDate() || ctx.random() > 0.8) continue;
    const roll = ctx.random();
    const score = roll < 0.55 ? 9 + Math.floor(ctx.random() * 2) : roll < 0.85 ? 7 + Math.floor(ctx.random() * 2) : Math.floor(ctx.random() * 7);
    const answered = new Date(Math.min(asked.getTime() + 86_400_000 * ctx.random(), ctx.now.toJSDate().getTime()));
    rows.push({
      tenantId,
      employeeId: appointment.employeeId,
      appointmentId: appointment.id,
      tokenHash: new Uint8Array(randomBytes(32)),
      askedAt: asked,
      score,
      answeredAt: answered,
    });
  }
  await tx.npsRequest.createMany({ data: rows });
}

/** The demo employee's conversation, note and homework, in the employer's language (a Russian-speaking employer's people read Russian). */
const DEMO_HISTORY = {
  en: {
    employeeLine: "Hi, thanks for today. The breathing exercise helped on the train this morning.",
    psychologistLine: "Glad to hear it. Keep the sleep diary this week and we will look at it together next time.",
    note: "Work stress with early waking. Agreed: sleep diary, 4-7-8 breathing, review workload boundaries.",
    tasks: [
      { title: "Sleep diary", instructions: "Seven nights: bedtime, waking time, and one word for the day.", done: false },
      { title: "4-7-8 breathing", instructions: "Twice a day, once of them before sleep.", done: true },
    ],
  },
  ru: {
    employeeLine: "Здравствуйте, спасибо за сегодня. Дыхательное упражнение помогло утром в электричке.",
    psychologistLine: "Хорошо, что помогло. На этой неделе ведите дневник сна, в следующий раз посмотрим его вместе.",
    note: "Рабочий стресс, ранние пробуждения. Договорились: дневник сна, дыхание 4-7-8, пересмотреть границы нагрузки.",
    tasks: [
      { title: "Дневник сна", instructions: "Семь ночей: время отхода ко сну, время пробуждения и одно слово о дне.", done: false },
      { title: "Дыхание 4-7-8", instructions: "Два раза в день, один из них — перед сном.", done: true },
    ],
  },
} as const;

/** The demo employee's own cabinet: two past sessions with notes and homework, one upcoming. */
async function createDemoEmployeeHistory(
  tx: Prisma.TransactionClient,
  tenantId: string,
  employeeId: string,
  eligible: SeededPsychologist[],
  schedule: Scheduler,
  ctx: TenantContext,
  spec: DemoTenantSpec,
): Promise<number> {
  const psychologist = eligible.find((p) => p.directions.includes("psychology") && p.formats.includes("video")) ?? eligible[0]!;
  const format: SessionFormat = spec.contract.formats.includes("video") ? "video" : spec.contract.formats[0]!;
  const local = (daysFromNow: number) =>
    schedule.place(psychologist.profileId, employeeId, ctx.now.plus({ days: daysFromNow }).setZone(spec.timeZone), ctx.random);
  const times = [local(-21), local(-7), local(3)];
  const made = [];
  for (const [i, start] of times.entries()) {
    const upcoming = i === 2;
    made.push(
      await tx.appointment.create({
        data: {
          tenantId,
          employeeId,
          psychologistId: psychologist.profileId,
          direction: "psychology",
          format,
          startsAt: start.toJSDate(),
          endsAt: start.plus({ minutes: psychologist.sessionMinutes }).toJSDate(),
          status: upcoming ? "booked" : "completed",
          topic: upcoming ? null : "stress_burnout",
          // What the call's webhooks would have recorded: both there for most of the hour.
          ...(upcoming
            ? {}
            : {
                psychologistJoinedAt: start.minus({ minutes: 2 }).toJSDate(),
                employeeJoinedAt: start.plus({ minutes: 1 }).toJSDate(),
                employeeLeftAt: start.plus({ minutes: psychologist.sessionMinutes - 2 }).toJSDate(),
                psychologistLeftAt: start.plus({ minutes: psychologist.sessionMinutes - 1 }).toJSDate(),
                completedAt: start.plus({ minutes: psychologist.sessionMinutes }).toJSDate(),
              }),
        },
      }),
    );
  }
  // Opened with the pair's first appointment (a trigger); a pair without one gets it here.
  const conversation = await tx.conversation.upsert({
    where: { employeeId_psychologistId: { employeeId, psychologistId: psychologist.profileId } },
    create: { tenantId, employeeId, psychologistId: psychologist.profileId },
    update: {},
  });
  const words = DEMO_HISTORY[spec.locale === "ru" ? "ru" : "en"];
  const lines: [string, string][] = [
    [employeeId, words.employeeLine],
    [psychologist.userId, words.psychologistLine],
  ];
  for (const [senderId, text] of lines) {
    const sealed = seal(text, `conversation:${conversation.id}`);
    await tx.message.create({ data: { conversationId: conversation.id, appointmentId: made[1]!.id, senderId, ...sealed } });
  }
  const note = words.note;
  const sealedNote = seal(note, noteContext(made[1]!.id, psychologist.profileId));
  await tx.sessionNote.create({ data: { psychologistId: psychologist.profileId, appointmentId: made[1]!.id, ...sealedNote } });
  const tasks = words.tasks;
  for (const task of tasks) {
    const created = await tx.homeworkTask.create({
      data: {
        psychologistId: psychologist.profileId,
        employeeId,
        appointmentId: made[1]!.id,
        keyId: "pending",
        iv: new Uint8Array(0),
        ciphertext: new Uint8Array(0),
        status: task.done ? "done" : "assigned",
        completedAt: task.done ? new Date() : null,
        dueOn: times[2]!.toJSDate(),
      },
    });
    // Sealed against the task's own id so a copied ciphertext cannot be shown under another task.
    await tx.homeworkTask.update({ where: { id: created.id }, data: sealHomework(created.id, task) });
  }
  return made.length;
}

const REVIEW_COMMENTS = [
  "Felt heard from the first minute. Practical advice I could use the same week.",
  "Calm, kind and very structured. I finally have a plan.",
  "Helpful, although I would have liked a bit more time for questions.",
  "It was easier than I expected to talk by chat. Thank you.",
  "Clear explanations and no judgement at all.",
];

async function createFeedback(tx: Prisma.TransactionClient, tenantId: string, random: () => number) {
  const completed = await tx.appointment.findMany({
    where: { tenantId, status: "completed" },
    select: { id: true, employeeId: true, psychologistId: true, startsAt: true },
    orderBy: { startsAt: "asc" },
  });
  const rows: Prisma.FeedbackCreateManyInput[] = [];
  for (const appointment of completed) {
    if (random() > 0.45) continue;
    const rating = random() < 0.7 ? 5 : random() < 0.8 ? 4 : 3;
    const withComment = random() < 0.5;
    const month = DateTime.fromJSDate(appointment.startsAt, { zone: "utc" }).startOf("month");
    const id = randomUUID();
    rows.push({
      id,
      appointmentId: appointment.id,
      tenantId,
      employeeId: appointment.employeeId,
      psychologistId: appointment.psychologistId,
      rating,
      commentSealed: withComment ? sealReviewText(id, REVIEW_COMMENTS[Math.floor(random() * REVIEW_COMMENTS.length)]!) : null,
      reviewStatus: withComment && random() < 0.2 ? "pending" : "approved",
      publishedMonth: month.toJSDate(),
    });
  }
  await tx.feedback.createMany({ data: rows });
  // Ratings count once moderated; the catalogue sorts by these denormalised sums.
  for (const profileId of new Set(rows.map((r) => r.psychologistId))) {
    const approved = rows.filter((r) => r.psychologistId === profileId && r.reviewStatus === "approved");
    await tx.psychologistProfile.update({
      where: { id: profileId },
      data: { ratingSum: { increment: approved.reduce((sum, r) => sum + r.rating, 0) }, ratingCount: { increment: approved.length } },
    });
  }
}

/** Places sessions on the hour, on weekdays, in working hours, without overlapping anyone. */
class Scheduler {
  private taken = new Set<string>();

  place(psychologistId: string, employeeId: string, around: DateTime, random: () => number): DateTime {
    let day = around.startOf("day");
    for (let attempt = 0; attempt < 400; attempt++) {
      if (day.weekday <= 5) {
        const start = day.set({ hour: 9 + Math.floor(random() * 8) });
        const slot = start.toUTC().toISO();
        if (!this.taken.has(`p:${psychologistId}:${slot}`) && !this.taken.has(`e:${employeeId}:${slot}`)) {
          this.taken.add(`p:${psychologistId}:${slot}`);
          this.taken.add(`e:${employeeId}:${slot}`);
          return start;
        }
      }
      day = attempt % 2 === 0 ? day.minus({ days: 1 }) : day.plus({ days: 2 });
    }
    throw new Error("demo scheduler could not place a session");
  }
}

function pickWeighted<T>(weights: [T, number][], random: () => number): T {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  let roll = random() * total;
  for (const [value, weight] of weights) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weights[weights.length - 1]![0];
}

/** Small deterministic PRNG so every fresh demo looks the same. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
