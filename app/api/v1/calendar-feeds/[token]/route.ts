import { readCalendarFeed } from "@/lib/booking/calendar-feed";
import { withProblems } from "@/lib/http/problem";

/** A psychologist's private calendar subscription (the secret in the URL is the only credential: calendar apps send no cookies). */
export const GET = withProblems(async (_request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const ics = await readCalendarFeed((await params).token);
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="harbor-sessions.ics"',
      "cache-control": "private, no-store",
      "referrer-policy": "no-referrer",
    },
  });
});
