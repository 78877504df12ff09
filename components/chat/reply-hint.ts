import { getTranslations } from "next-intl/server";
import type { ReplyHabit } from "@/lib/chat/reply-time";
import { requestFormats } from "@/lib/i18n/server-formats";

/** "Usually answers within 3 hours · works on Mon, Wed": what an employee may expect between sessions. */
export async function replyHint(habit: ReplyHabit, timeZone: string): Promise<string> {
  const [t, f] = await Promise.all([getTranslations("conversations"), requestFormats(timeZone)]);
  const days = habit.workdays.map((day) => f.weekday(day)).join(", ");
  if (habit.medianMinutes !== null) {
    const hours = Math.max(1, Math.round(habit.medianMinutes / 60));
    return days ? t("usuallyAnswers", { hours, days }) : t("usuallyAnswersWithin", { hours });
  }
  return days ? t("worksOn", { days }) : t("answersBetweenSessions");
}
