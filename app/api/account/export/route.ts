import { authorize } from "@/lib/auth/guard";
import { withProblems } from "@/lib/http/problem";
import { exportMyData } from "@/lib/own-data/export-my-data";

/** The signed-in employee's own data as a JSON download. */
export const GET = withProblems(async () => {
  const actor = await authorize(["employee"]);
  const data = await exportMyData(actor);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="harbor-my-data-${data.exportedAt.slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
});
