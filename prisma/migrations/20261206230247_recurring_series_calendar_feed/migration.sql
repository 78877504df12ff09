-- CreateEnum
CREATE TYPE "SeriesCadence" AS ENUM ('weekly', 'fortnightly');

-- AlterTable
ALTER TABLE "appointments" ADD COLUMN     "psychologist_late_minutes" INTEGER,
ADD COLUMN     "series_id" UUID;

-- CreateTable
CREATE TABLE "appointment_series" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "employee_id" UUID NOT NULL,
    "psychologist_id" UUID NOT NULL,
    "cadence" "SeriesCadence" NOT NULL,
    "count" INTEGER NOT NULL,
    "first_starts_at" TIMESTAMPTZ(3) NOT NULL,
    "time_zone" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "appointment_series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_feeds" (
    "id" UUID NOT NULL,
    "psychologist_id" UUID NOT NULL,
    "token_hash" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_read_at" TIMESTAMPTZ(3),

    CONSTRAINT "calendar_feeds_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "appointment_series_employee_id_idx" ON "appointment_series"("employee_id");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feeds_psychologist_id_key" ON "calendar_feeds"("psychologist_id");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feeds_token_hash_key" ON "calendar_feeds"("token_hash");

-- CreateIndex
CREATE INDEX "appointments_series_id_idx" ON "appointments"("series_id");

-- AddForeignKey
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "appointment_series"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment_series" ADD CONSTRAINT "appointment_series_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment_series" ADD CONSTRAINT "appointment_series_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment_series" ADD CONSTRAINT "appointment_series_psychologist_id_fkey" FOREIGN KEY ("psychologist_id") REFERENCES "psychologist_profiles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_psychologist_id_fkey" FOREIGN KEY ("psychologist_id") REFERENCES "psychologist_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the same bounds the booking form and lib/booking/book-series.ts keep.
ALTER TABLE "appointment_series" ADD CONSTRAINT "appointment_series_count_check" CHECK ("count" BETWEEN 2 AND 12);
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_psychologist_late_minutes_check" CHECK ("psychologist_late_minutes" BETWEEN 1 AND 60);
