/** The levels and follow-up steps of a risk case, for forms in the browser (no server code here). */
import type { RiskLevel, RiskStatus } from "@/lib/generated/prisma/enums";

export const RISK_LEVELS = ["moderate", "high", "imminent"] as const satisfies readonly RiskLevel[];
export const FOLLOW_UP_STATUSES = ["contacted", "referred", "closed"] as const satisfies readonly RiskStatus[];
