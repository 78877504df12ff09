-- The clear columns go once sealPersonalData has filled the sealed ones. An outbox e-mail whose
-- address belongs to no account cannot be sent by recipient, so the data step removed it.
ALTER TABLE "users" DROP CONSTRAINT IF EXISTS "users_email_lowercase";
DROP INDEX "users_email_key";
ALTER TABLE "users" DROP COLUMN "email",
DROP COLUMN "display_name",
ALTER COLUMN "email_index" SET NOT NULL,
ALTER COLUMN "email_sealed" SET NOT NULL;
CREATE UNIQUE INDEX "users_email_index_key" ON "users"("email_index");

ALTER TABLE "feedback" DROP COLUMN "comment";

ALTER TABLE "emails" DROP COLUMN "to_address",
DROP COLUMN "subject",
DROP COLUMN "text_body",
DROP COLUMN "ics_body",
ALTER COLUMN "recipient_id" SET NOT NULL,
ALTER COLUMN "content_sealed" SET NOT NULL;
CREATE INDEX "emails_recipient_id_idx" ON "emails"("recipient_id");
ALTER TABLE "emails" ADD CONSTRAINT "emails_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
