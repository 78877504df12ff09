import { getTranslations } from "next-intl/server";
import { NpsForm } from "@/components/cabinet/nps-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { npsLinkState } from "@/lib/feedback/nps";
import { PLATFORM_MIN_GROUP } from "@/lib/reports/min-group";
import { answerNpsByLinkAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("nps"))("metaTitle"), referrer: "no-referrer" };
}

/** The page behind the e-mail's one-time link: the question, once, without signing in. */
export default async function NpsLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [state, t] = await Promise.all([npsLinkState(token), getTranslations("nps")]);
  return (
    <main className="mx-auto flex w-full max-w-xl flex-1 flex-col justify-center gap-4 p-4">
      <h1 className="text-xl font-semibold text-slate-900">{t("metaTitle")}</h1>
      {state === "open" ? (
        <Card>
          <NpsForm action={answerNpsByLinkAction.bind(null, token)} minGroup={PLATFORM_MIN_GROUP} />
        </Card>
      ) : (
        <Notice>{state === "answered" ? t("answered") : t("unknown")}</Notice>
      )}
    </main>
  );
}
