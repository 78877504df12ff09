import { EmptyState } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";

export interface ImportRow {
  id: string;
  mode: string;
  dryRun: boolean;
  status: string;
  total: number;
  added: number;
  removed: number;
  rejected: number;
  startedAt: Date;
  uploadedBy: { displayName: string | null; email: string } | null;
}

/** Who uploaded, when, how, and the counts: never identifiers. */
export function ImportHistory({ imports, timeZone }: { imports: ImportRow[]; timeZone: string }) {
  if (imports.length === 0) return <EmptyState>No registry file has been imported through Harbor yet.</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="responsive-table w-full text-sm sm:min-w-[36rem]" data-testid="import-history">
        <thead>
          <tr className="text-left text-slate-600">
            <th className="py-2">When</th>
            <th>By</th>
            <th>Mode</th>
            <th>Result</th>
            <th className="text-right">Rows</th>
            <th className="text-right">Added</th>
            <th className="text-right">Removed</th>
            <th className="text-right">Rejected</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((i) => (
            <tr key={i.id} className="border-t border-slate-100">
              <td data-label="When" className="py-2">
                {formatDateTime(i.startedAt, timeZone)}
              </td>
              <td data-label="By">{i.uploadedBy?.displayName ?? i.uploadedBy?.email ?? "Command line"}</td>
              <td data-label="Mode">{i.mode}</td>
              <td data-label="Result">{i.status === "succeeded" ? "Imported" : "Failed, nothing changed"}</td>
              <td data-label="Rows" className="text-right">
                {i.total}
              </td>
              <td data-label="Added" className="text-right">
                {i.added}
              </td>
              <td data-label="Removed" className="text-right">
                {i.removed}
              </td>
              <td data-label="Rejected" className="text-right">
                {i.rejected}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
