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
      <table className="w-full min-w-[36rem] text-sm" data-testid="import-history">
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
              <td className="py-2">{formatDateTime(i.startedAt, timeZone)}</td>
              <td>{i.uploadedBy?.displayName ?? i.uploadedBy?.email ?? "Command line"}</td>
              <td>{i.mode}</td>
              <td>{i.status === "succeeded" ? "Imported" : "Failed, nothing changed"}</td>
              <td className="text-right">{i.total}</td>
              <td className="text-right">{i.added}</td>
              <td className="text-right">{i.removed}</td>
              <td className="text-right">{i.rejected}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
