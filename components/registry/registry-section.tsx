import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { ImportHistory, type ImportRow } from "./import-history";
import { RegistryUpload } from "./registry-upload";

/** Upload and history together, as tenant and platform administrators both see them. */
export function RegistrySection({ tenantId, imports, timeZone }: { tenantId: string; imports: ImportRow[]; timeZone: string }) {
  const t = useTranslations("registry");
  return (
    <>
      <Card title={t("uploadTitle")}>
        <RegistryUpload tenantId={tenantId} />
      </Card>
      <Card title={t("historyTitle")}>
        <ImportHistory imports={imports} timeZone={timeZone} />
      </Card>
    </>
  );
}
