-- One definition of a client: an employee who has booked a session with the psychologist. Each such
-- pair has its conversation from the first booking on (it used to appear on the first visit to a
-- room), so the practice's "Clients" list and its count on the agenda are the same set whatever
-- created the appointment (booking, seed, tests).
CREATE FUNCTION open_conversation_of_appointment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO conversations (id, tenant_id, employee_id, psychologist_id)
  VALUES (gen_random_uuid(), NEW.tenant_id, NEW.employee_id, NEW.psychologist_id)
  ON CONFLICT (employee_id, psychologist_id) DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER appointments_open_conversation AFTER INSERT ON appointments
  FOR EACH ROW EXECUTE FUNCTION open_conversation_of_appointment();

INSERT INTO conversations (id, tenant_id, employee_id, psychologist_id)
SELECT DISTINCT ON (employee_id, psychologist_id) gen_random_uuid(), tenant_id, employee_id, psychologist_id
FROM appointments
ORDER BY employee_id, psychologist_id, created_at
ON CONFLICT (employee_id, psychologist_id) DO NOTHING;
