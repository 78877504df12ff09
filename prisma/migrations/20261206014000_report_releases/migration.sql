-- HR figures are released once per closed month and never re-drawn (decision 0007): the rollups
-- kept current on every change, and the triggers that marked tenants stale, go.
DROP TRIGGER IF EXISTS appointments_report_stale ON appointments;
DROP TRIGGER IF EXISTS feedback_report_stale ON feedback;
DROP TRIGGER IF EXISTS nps_requests_report_stale ON nps_requests;
DROP TRIGGER IF EXISTS registry_entries_report_stale ON registry_entries;
DROP TRIGGER IF EXISTS users_report_stale ON users;
DROP TRIGGER IF EXISTS contracts_report_stale ON contracts;
DROP FUNCTION IF EXISTS mark_report_stale();

-- DropTable
DROP TABLE "report_rollups";

-- DropTable
DROP TABLE "report_stale_tenants";

-- CreateTable
CREATE TABLE "report_releases" (
    "scope" TEXT NOT NULL,
    "month_key" TEXT NOT NULL,
    "cells" JSONB NOT NULL,
    "released_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_releases_pkey" PRIMARY KEY ("scope","month_key")
);

-- A released month is never drawn again: no code path, and no mistake in one, can change its cells.
-- (Deleting a tenant still removes its releases: they are facts about it.)
CREATE FUNCTION refuse_report_release_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'report release %/% is frozen: a published month is never re-drawn', OLD.scope, OLD.month_key
    USING ERRCODE = 'integrity_constraint_violation';
END $$;

CREATE TRIGGER report_releases_frozen BEFORE UPDATE ON report_releases
  FOR EACH ROW EXECUTE FUNCTION refuse_report_release_update();
