"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

import type { ImportSummary as Summary } from "@/lib/registry/import-registry";

type Phase =
  | { kind: "idle" }
  | { kind: "uploading"; percent: number }
  | { kind: "processing" }
  | { kind: "done"; summary: Summary; dryRun: boolean }
  | { kind: "failed"; message: string; summary?: Summary };

/**
 * Sends the file as the request body with XMLHttpRequest, the one browser API that reports upload
 * progress, then shows the server's summary: counts and line-numbered reasons, never identifiers.
 */
export function RegistryUpload({ tenantId }: { tenantId: string }) {
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setPhase({
        kind: "failed",
        message:
          file instanceof File && file.name ? "The file is empty. Export the registry again and upload the new file." : "Choose a CSV or XLSX file first.",
      });
      return;
    }
    const mode = String(form.get("mode") ?? "append");
    const dryRun = form.get("dryRun") === "on";
    if (mode === "replace" && !dryRun && !window.confirm("Replace the registry? Identifiers missing from this file will lose access after the grace period."))
      return;

    const request = new XMLHttpRequest();
    request.open("POST", `/api/v1/tenants/${tenantId}/registry-imports?mode=${mode}&dryRun=${dryRun}`);
    request.setRequestHeader("content-type", "application/octet-stream");
    request.upload.onprogress = (e) => e.lengthComputable && setPhase({ kind: "uploading", percent: Math.round((e.loaded / e.total) * 100) });
    request.upload.onload = () => setPhase({ kind: "processing" });
    request.onerror = () => setPhase({ kind: "failed", message: "The upload was interrupted. Check your connection and try again; nothing was changed." });
    request.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // not JSON: handled below
      }
      if (request.status === 200) {
        setPhase({ kind: "done", summary: body as unknown as Summary, dryRun });
        router.refresh();
      } else {
        setPhase({ kind: "failed", message: String(body.detail ?? "The import failed; nothing was changed."), summary: body.summary as Summary | undefined });
        router.refresh();
      }
    };
    setPhase({ kind: "uploading", percent: 0 });
    request.send(file);
  }

  const busy = phase.kind === "uploading" || phase.kind === "processing";
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-3">
        <label className="block text-sm font-medium">
          Registry file (CSV or XLSX)
          <input
            name="file"
            type="file"
            accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="mt-1 block w-full text-sm"
            data-testid="registry-file"
          />
        </label>
        <p className="text-xs text-slate-600">
          One identifier per row: personnel numbers or work e-mails, in a column headed e.g. &quot;email&quot; or &quot;employee id&quot; (otherwise the first
          column). Comma, semicolon or tab separated; UTF-8, UTF-16 or Windows-1251. Only a keyed hash of each identifier is stored.
        </p>
        <fieldset className="flex flex-wrap gap-4 text-sm">
          <legend className="sr-only">Mode</legend>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name="mode" value="append" defaultChecked className="h-5 w-5" /> Add to the registry
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name="mode" value="replace" className="h-5 w-5" /> Replace the registry
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="dryRun" className="h-5 w-5" /> Dry run (check only, change nothing)
          </label>
        </fieldset>
        <Button type="submit" disabled={busy}>
          {busy ? "Importing…" : "Upload"}
        </Button>
      </form>

      {phase.kind === "uploading" && (
        <div>
          <div
            role="progressbar"
            aria-label="Upload progress"
            aria-valuenow={phase.percent}
            aria-valuemin={0}
            aria-valuemax={100}
            className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
          >
            <div className="h-full bg-harbor-600 transition-all" style={{ width: `${phase.percent}%` }} />
          </div>
          <p className="mt-1 text-sm text-slate-600">Uploading… {phase.percent} %</p>
        </div>
      )}
      {phase.kind === "processing" && <Notice>Uploaded. Checking and importing the rows…</Notice>}
      {phase.kind === "failed" && (
        <Notice tone="error" testId="import-error">
          {phase.message}
        </Notice>
      )}
      {phase.kind === "done" && (
        <Notice tone="success" testId="import-summary">
          {phase.dryRun ? "Dry run finished: nothing was changed." : "Import finished."}
        </Notice>
      )}
      {(phase.kind === "done" || (phase.kind === "failed" && phase.summary)) && <SummaryTable summary={(phase as { summary: Summary }).summary} />}
    </div>
  );
}

function SummaryTable({ summary }: { summary: Summary }) {
  const rows: [string, number][] = [
    ["Rows read", summary.total],
    ["Added", summary.added],
    ["Already in the registry", summary.unchanged],
    ["Reactivated", summary.reactivated],
    ["Removed", summary.removed],
    ["Rejected", summary.rejected],
    ["Repeated in the file (counted once)", summary.duplicates ?? 0],
  ];
  return (
    <div className="space-y-2" data-testid="import-counts">
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
        {rows.map(([label, value]) => (
          <div key={label} className="rounded-lg bg-slate-50 p-3">
            <dt className="text-slate-600">{label}</dt>
            <dd className="text-lg font-semibold" data-count={label}>
              {value.toLocaleString("en-GB")}
            </dd>
          </div>
        ))}
      </dl>
      {summary.errors.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">
            Rows to check
            {summary.rejected + (summary.duplicates ?? 0) > summary.errors.length
              ? ` (first ${summary.errors.length} of ${summary.rejected + (summary.duplicates ?? 0)})`
              : ""}
          </summary>
          <ul className="mt-2 max-h-60 space-y-1 overflow-auto">
            {summary.errors.map((e) => (
              <li key={`${e.line}:${e.reason}`}>
                Line {e.line}: {e.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
