import { useTranslations } from "next-intl";
import type { ClientName as Name } from "@/lib/sessions/get-practice-agenda";

/** A client as their psychologist sees them: the alias they chose, or an anonymous code. */
export function ClientName({ client }: { client: Name }) {
  const t = useTranslations("practice");
  return <>{client.alias ?? t("clientCode", { code: client.code })}</>;
}
