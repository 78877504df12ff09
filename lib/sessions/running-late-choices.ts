/** What the psychologist can choose for "running late" (client components import this, not the server module). */
export const RUNNING_LATE_CHOICES = [5, 10, 15, 20, 30] as const;
