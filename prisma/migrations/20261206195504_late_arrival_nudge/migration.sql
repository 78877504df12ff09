-- AlterTable
ALTER TABLE "appointments" ADD COLUMN     "late_nudged_at" TIMESTAMPTZ(3);
