import { useTranslations } from "next-intl";
import type { ClientName as Name } from "@/lib/sessions/get-practice-agenda";

type PracticeText = (key: "clientCode", params: { code: string }) => string;

/** A client as their psychologist sees them: the alias they chose, or an anonymous code. */
export function clientLabel(client: Name, t: PracticeText): string {
  return client.alias ?? t("clientCode", { code: client.code });
}

export function ClientName({ client }: { client: Name }) {
  const t = useTranslations("practice");
  return <>{clientLabel(client, t)}</>;
}
