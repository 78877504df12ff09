"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

import { formats } from "@/lib/i18n/format";
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
  const t = useTranslations("registry.upload");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setPhase({
        kind: "failed",
        message: file instanceof File && file.name ? t("emptyFile") : t("chooseFile"),
      });
      return;
    }
    const mode = String(form.get("mode") ?? "append");
    const dryRun = form.get("dryRun") === "on";
    if (mode === "replace" && !dryRun && !window.confirm(t("confirmReplace"))) return;

    const request = new XMLHttpRequest();
    request.open("POST", `/api/v1/tenants/${tenantId}/registry-imports?mode=${mode}&dryRun=${dryRun}`);
    request.setRequestHeader("content-type", "application/octet-stream");
    request.upload.onprogress = (e) => e.lengthComputable && setPhase({ kind: "uploading", percent: Math.round((e.loaded / e.total) * 100) });
    request.upload.onload = () => setPhase({ kind: "processing" });
    request.onerror = () => setPhase({ kind: "failed", message: t("interrupted") });
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
        setPhase({ kind: "failed", message: String(body.detail ?? t("failed")), summary: body.summary as Summary | undefined });
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
          {t("file")}
          <input
            name="file"
            type="file"
            accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="mt-1 block w-full text-sm"
            data-testid="registry-file"
          />
        </label>
        <p className="text-xs text-slate-600">{t("fileHint")}</p>
        <fieldset className="flex flex-wrap gap-4 text-sm">
          <legend className="sr-only">{t("mode")}</legend>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name="mode" value="append" defaultChecked className="h-5 w-5" /> {t("append")}
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name="mode" value="replace" className="h-5 w-5" /> {t("replace")}
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="dryRun" className="h-5 w-5" /> {t("dryRun")}
          </label>
        </fieldset>
        <Button type="submit" disabled={busy}>
          {busy ? t("importing") : t("submit")}
        </Button>
      </form>

      {phase.kind === "uploading" && (
        <div>
          <div
            role="progressbar"
            aria-label={t("progress")}
            aria-valuenow={phase.percent}
            aria-valuemin={0}
            aria-valuemax={100}
            className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
          >
            <div className="h-full bg-harbor-600 transition-all" style={{ width: `${phase.percent}%` }} />
          </div>
          <p className="mt-1 text-sm text-slate-600">{t("uploading", { percent: phase.percent })}</p>
        </div>
      )}
      {phase.kind === "processing" && <Notice>{t("processing")}</Notice>}
      {phase.kind === "failed" && (
        <Notice tone="error" testId="import-error">
          {phase.message}
        </Notice>
      )}
      {phase.kind === "done" && (
        <Notice tone="success" testId="import-summary">
          {phase.dryRun ? t("dryRunDone") : t("done")}
        </Notice>
      )}
      {(phase.kind === "done" || (phase.kind === "failed" && phase.summary)) && <SummaryTable summary={(phase as { summary: Summary }).summary} />}
    </div>
  );
}

function SummaryTable({ summary }: { summary: Summary }) {
  const t = useTranslations("registry.summary");
  const tp = useTranslations("identifierProblems");
  const f = formats(useLocale(), "UTC");
  // Keys are stable names for tests and scripts; labels are the reader's language.
  const rows: [key: string, value: number][] = [
    ["total", summary.total],
    ["added", summary.added],
    ["unchanged", summary.unchanged],
    ["reactivated", summary.reactivated],
    ["removed", summary.removed],
    ["rejected", summary.rejected],
    ["duplicates", summary.duplicates ?? 0],
  ];
  const flagged = summary.rejected + (summary.duplicates ?? 0);
  return (
    <div className="space-y-2" data-testid="import-counts">
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
        {rows.map(([key, value]) => (
          <div key={key} className="rounded-lg bg-slate-50 p-3">
            <dt className="text-slate-600">{t(key)}</dt>
            <dd className="text-lg font-semibold" data-count={key}>
              {f.number(value)}
            </dd>
          </div>
        ))}
      </dl>
      {summary.errors.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">
            {t("toCheck")}
            {flagged > summary.errors.length ? ` ${t("firstOf", { shown: summary.errors.length, total: flagged })}` : ""}
          </summary>
          <ul className="mt-2 max-h-60 space-y-1 overflow-auto">
            {summary.errors.map((e) => (
              <li key={`${e.line}:${e.problem}`}>
                {t("line", { line: e.line, reason: e.problem === "duplicate" ? tp("duplicate", { firstLine: e.firstLine }) : tp(e.problem) })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
