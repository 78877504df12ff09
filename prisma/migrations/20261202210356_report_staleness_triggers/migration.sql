-- Hand-written SQL: what schema.prisma cannot express.

ALTER TABLE nps_requests ADD CONSTRAINT nps_requests_score_range CHECK (score IS NULL OR score BETWEEN 0 AND 10);
ALTER TABLE nps_requests ADD CONSTRAINT nps_requests_answered_together CHECK ((score IS NULL) = (answered_at IS NULL));

-- Every change to a fact HR figures are made of marks its tenant stale, so the worker's rollup can
-- never miss one: no code path has to remember to call it.
CREATE FUNCTION mark_report_stale() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  affected uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN affected := OLD.tenant_id; ELSE affected := NEW.tenant_id; END IF;
  IF affected IS NOT NULL THEN
    INSERT INTO report_stale_tenants (tenant_id) VALUES (affected) ON CONFLICT (tenant_id) DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER appointments_report_stale AFTER INSERT OR UPDATE OR DELETE ON appointments
  FOR EACH ROW EXECUTE FUNCTION mark_report_stale();
CREATE TRIGGER feedback_report_stale AFTER INSERT OR UPDATE OR DELETE ON feedback
  FOR EACH ROW EXECUTE FUNCTION mark_report_stale();
CREATE TRIGGER nps_requests_report_stale AFTER INSERT OR UPDATE OR DELETE ON nps_requests
  FOR EACH ROW EXECUTE FUNCTION mark_report_stale();
CREATE TRIGGER registry_entries_report_stale AFTER INSERT OR UPDATE OF status, removed_at OR DELETE ON registry_entries
  FOR EACH ROW EXECUTE FUNCTION mark_report_stale();
CREATE TRIGGER users_report_stale AFTER INSERT OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION mark_report_stale();
CREATE TRIGGER contracts_report_stale AFTER UPDATE OF report_min_group_size, year_start_month, year_start_day ON contracts
  FOR EACH ROW EXECUTE FUNCTION mark_report_stale();

-- The rollup reads each tenant's facts by period.
CREATE INDEX "appointments_tenant_id_status_starts_at_idx" ON "appointments"("tenant_id", "status", "starts_at");
