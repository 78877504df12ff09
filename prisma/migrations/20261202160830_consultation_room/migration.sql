-- AlterEnum
ALTER TYPE "AppointmentStatus" ADD VALUE 'in_progress';

-- DropIndex
DROP INDEX "session_notes_psychologist_id_appointment_id_idx";

-- AlterTable
ALTER TABLE "appointments" ADD COLUMN     "completed_at" TIMESTAMPTZ(3),
ADD COLUMN     "open_reminded_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "homework_tasks" ADD COLUMN     "answer_ciphertext" BYTEA,
ADD COLUMN     "answer_iv" BYTEA,
ADD COLUMN     "answer_key_id" TEXT;

-- AlterTable
ALTER TABLE "messages" ADD COLUMN     "client_token" UUID,
ADD COLUMN     "nudged_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "messages_conversation_id_read_at_idx" ON "messages"("conversation_id", "read_at");

-- CreateIndex
CREATE UNIQUE INDEX "messages_conversation_id_client_token_key" ON "messages"("conversation_id", "client_token");

-- CreateIndex
CREATE UNIQUE INDEX "session_notes_appointment_id_psychologist_id_key" ON "session_notes"("appointment_id", "psychologist_id");
