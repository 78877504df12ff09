-- AlterTable
ALTER TABLE "psychologist_profiles" ADD COLUMN     "pending_changes" JSONB,
ADD COLUMN     "pending_changes_at" TIMESTAMPTZ(3);
