-- A session's status change (the first join or the first message in its time puts it in progress,
-- the psychologist records how it ended, someone cancels) reaches both sides' open rooms at once,
-- over the chat channel their event streams already hear (lib/chat/message-stream.ts). Whatever the
-- code path that changed it, the trigger tells; the signal holds ids and the status, never content.
CREATE FUNCTION notify_session_status() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  conversation uuid;
BEGIN
  SELECT id INTO conversation FROM conversations
    WHERE employee_id = NEW.employee_id AND psychologist_id = NEW.psychologist_id;
  IF conversation IS NOT NULL THEN
    PERFORM pg_notify('harbor_chat', json_build_object('k', 's', 'c', conversation::text, 'a', NEW.id::text, 's', NEW.status::text)::text);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER appointments_status_signal AFTER UPDATE OF status ON appointments
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION notify_session_status();
