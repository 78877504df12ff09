/**
 * Free crisis lines for the demo's countries (UK, Finland, Russia), as their services publish them.
 * They were written down from the services' own pages as known to the team, without re-checking them
 * on this machine (it has no web access), so each is dated more than a year back: the platform admin's
 * page shows them as due for a check until someone confirms them at the source and saves the date.
 */
import { DateTime } from "luxon";
import type { Prisma } from "@/lib/generated/prisma/client";

const LINES = [
  {
    country: "GB",
    name: "Samaritans",
    phone: "116 123",
    description: "Any time, day or night, free from any phone, for anyone who is struggling to cope.",
    sourceUrl: "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
  },
  {
    country: "GB",
    name: "NHS 111 — urgent mental health help (England)",
    phone: "111",
    description: "Choose the mental health option to reach your local NHS crisis team, 24 hours a day.",
    sourceUrl: "https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/",
  },
  {
    country: "FI",
    name: "MIELI Kriisipuhelin",
    phone: "09 2525 0111",
    description: "MIELI Mental Health Finland's crisis line, in Finnish, Swedish and English.",
    sourceUrl: "https://mieli.fi/en/support-and-help/crisis-helpline/",
  },
  {
    country: "RU",
    name: "Московская служба психологической помощи населению",
    phone: "+7 495 051",
    description: "Круглосуточно и бесплатно. С городского телефона в Москве — 051.",
    sourceUrl: "https://msph.ru/",
  },
  {
    country: "RU",
    name: "Телефон доверия МЧС России",
    phone: "+7 495 989-50-50",
    description: "Экстренная психологическая помощь, круглосуточно.",
    sourceUrl: "https://mchs.gov.ru/",
  },
  {
    country: "RU",
    name: "Детский телефон доверия",
    phone: "8 800 2000 122",
    description: "Для детей, подростков и их родителей, бесплатно по всей России.",
    sourceUrl: "https://telefon-doveria.ru/",
  },
] as const;

export async function seedCrisisLines(tx: Prisma.TransactionClient, now: DateTime): Promise<void> {
  const checkedOn = now.minus({ days: 400 }).startOf("day").toJSDate();
  await tx.crisisLine.createMany({ data: LINES.map((line) => ({ ...line, checkedOn })) });
}
