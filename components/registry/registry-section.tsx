import { Card } from "@/components/ui/card";
import { ImportHistory, type ImportRow } from "./import-history";
import { RegistryUpload } from "./registry-upload";

/** Upload and history together, as tenant and platform administrators both see them. */
export function RegistrySection({ tenantId, imports, timeZone }: { tenantId: string; imports: ImportRow[]; timeZone: string }) {
  return (
    <>
      <Card title="Upload the employee registry">
        <RegistryUpload tenantId={tenantId} />
      </Card>
      <Card title="Import history">
        <ImportHistory imports={imports} timeZone={timeZone} />
      </Card>
    </>
  );
}
