-- Sealed columns beside the clear ones. The data step that follows this migration
-- (tooling/db/data-steps.ts → sealPersonalData) fills them from the clear columns with the
-- application's keys; the next migration drops the clear columns.
ALTER TABLE "users" ADD COLUMN "email_index" BYTEA,
ADD COLUMN "email_sealed" BYTEA,
ADD COLUMN "display_name_sealed" BYTEA;

ALTER TABLE "feedback" ADD COLUMN "comment_sealed" BYTEA;

ALTER TABLE "emails" ADD COLUMN "recipient_id" UUID,
ADD COLUMN "content_sealed" BYTEA;
