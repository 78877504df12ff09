"use client";

import { useTranslations } from "next-intl";

/** Recovery codes, shown once: to write down, print or save. */
export function RecoveryCodesList({ codes }: { codes: string[] }) {
  const t = useTranslations("security.recovery");
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(`${t("fileIntro")}\n\n${codes.join("\n")}\n`)}`;
  return (
    <section className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4" aria-labelledby="recovery-codes-heading" data-testid="recovery-codes">
      <h3 id="recovery-codes-heading" className="font-semibold text-slate-900">
        {t("heading")}
      </h3>
      <p className="mt-1 text-sm text-slate-800">{t("once")}</p>
      <ol className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-base text-slate-900 sm:grid-cols-5">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <a href={download} download="harbor-recovery-codes.txt" className="mt-3 inline-block text-sm font-medium text-harbor-700 underline">
        {t("download")}
      </a>
    </section>
  );
}
