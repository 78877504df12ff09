-- Hand-written: what schema.prisma cannot express. The Prisma diff ignores CHECK and EXCLUDE
-- constraints, so db:check still compares the rest.

-- gist indexes over uuid equality need btree_gist.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Double booking is impossible by construction: while an appointment holds time (anything but
-- cancelled), no other appointment of the same psychologist, or of the same employee, may overlap it.
ALTER TABLE "appointments"
  ADD CONSTRAINT "appointments_ends_after_start" CHECK ("ends_at" > "starts_at"),
  ADD CONSTRAINT "appointments_no_psychologist_overlap"
    EXCLUDE USING gist ("psychologist_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
    WHERE ("status" <> 'cancelled'),
  ADD CONSTRAINT "appointments_no_employee_overlap"
    EXCLUDE USING gist ("employee_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
    WHERE ("status" <> 'cancelled');

-- The platform floor for report cells: a tenant may raise it, never lower it.
ALTER TABLE "contracts"
  ADD CONSTRAINT "contracts_report_floor" CHECK ("report_min_group_size" >= 10),
  ADD CONSTRAINT "contracts_sessions_non_negative" CHECK ("sessions_per_year" >= 0),
  ADD CONSTRAINT "contracts_year_start_valid" CHECK ("year_start_month" BETWEEN 1 AND 12 AND "year_start_day" BETWEEN 1 AND 28),
  ADD CONSTRAINT "contracts_late_cancel_non_negative" CHECK ("late_cancel_hours" >= 0),
  ADD CONSTRAINT "contracts_grace_non_negative" CHECK ("registry_grace_days" >= 0);

-- Tenant-bound roles have a tenant; platform-wide roles have none. Only employees link a registry entry.
ALTER TABLE "users"
  ADD CONSTRAINT "users_tenant_matches_role" CHECK (
    ("role" IN ('employee', 'hr', 'tenant_admin') AND "tenant_id" IS NOT NULL)
    OR ("role" IN ('psychologist', 'platform_admin') AND "tenant_id" IS NULL)
  ),
  ADD CONSTRAINT "users_registry_only_for_employees" CHECK ("registry_entry_id" IS NULL OR "role" = 'employee'),
  ADD CONSTRAINT "users_email_lowercase" CHECK ("email" = lower("email"));

ALTER TABLE "feedback" ADD CONSTRAINT "feedback_rating_range" CHECK ("rating" BETWEEN 1 AND 5);

ALTER TABLE "availability_rules"
  ADD CONSTRAINT "availability_rules_weekday" CHECK ("weekday" BETWEEN 1 AND 7),
  ADD CONSTRAINT "availability_rules_minutes" CHECK ("start_minute" >= 0 AND "end_minute" <= 1440 AND "start_minute" < "end_minute");

ALTER TABLE "availability_exceptions"
  ADD CONSTRAINT "availability_exceptions_minutes" CHECK (
    ("start_minute" IS NULL AND "end_minute" IS NULL)
    OR ("start_minute" >= 0 AND "end_minute" <= 1440 AND "start_minute" < "end_minute")
  );

ALTER TABLE "psychologist_profiles"
  ADD CONSTRAINT "psychologist_profiles_session_length" CHECK ("session_minutes" BETWEEN 15 AND 180);
