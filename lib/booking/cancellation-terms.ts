/** Whether cancelling now is free or uses the session, by the tenant's late-cancellation window. */
export interface CancellationTerms {
  late: boolean;
  lateCancelHours: number;
}

export function cancellationTerms(startsAt: Date, lateCancelHours: number, now: Date): CancellationTerms {
  return { late: startsAt.getTime() - now.getTime() < lateCancelHours * 3_600_000, lateCancelHours };
}
