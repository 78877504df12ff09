-- CreateTable
CREATE TABLE "revoked_sessions" (
    "user_id" UUID NOT NULL,
    "auth_time_ms" BIGINT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "revoked_sessions_pkey" PRIMARY KEY ("user_id","auth_time_ms")
);

-- CreateIndex
CREATE INDEX "revoked_sessions_expires_at_idx" ON "revoked_sessions"("expires_at");

-- Anything that ends sessions tells every web process at once, on the chat channel the open event
-- streams already listen to: each stream then checks its own session again and closes if it ended
-- (lib/chat/message-stream.ts). The signal names nobody; the check is per stream.
CREATE FUNCTION notify_sessions_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('harbor_chat', '{"k":"x"}');
  RETURN NULL;
END $$;

CREATE TRIGGER users_sessions_revoked AFTER UPDATE OF password_changed_at, status, role ON users
  FOR EACH ROW WHEN (OLD.password_changed_at IS DISTINCT FROM NEW.password_changed_at OR OLD.status IS DISTINCT FROM NEW.status OR OLD.role IS DISTINCT FROM NEW.role)
  EXECUTE FUNCTION notify_sessions_revoked();
CREATE TRIGGER tenants_sessions_revoked AFTER UPDATE OF status ON tenants
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION notify_sessions_revoked();
CREATE TRIGGER revoked_sessions_notify AFTER INSERT ON revoked_sessions
  FOR EACH ROW EXECUTE FUNCTION notify_sessions_revoked();
