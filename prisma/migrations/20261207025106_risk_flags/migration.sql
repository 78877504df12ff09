-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('moderate', 'high', 'imminent');

-- CreateEnum
CREATE TYPE "RiskStatus" AS ENUM ('open', 'contacted', 'referred', 'closed');

-- CreateTable
CREATE TABLE "risk_flags" (
    "id" UUID NOT NULL,
    "appointment_id" UUID NOT NULL,
    "raised_by_id" UUID NOT NULL,
    "level" "RiskLevel" NOT NULL,
    "reason_sealed" BYTEA NOT NULL,
    "status" "RiskStatus" NOT NULL DEFAULT 'open',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "risk_flags_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "risk_follow_ups" (
    "id" UUID NOT NULL,
    "flag_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "status" "RiskStatus" NOT NULL,
    "note_sealed" BYTEA NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "risk_follow_ups_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "risk_flags_appointment_id_key" ON "risk_flags"("appointment_id");

-- CreateIndex
CREATE INDEX "risk_flags_status_created_at_idx" ON "risk_flags"("status", "created_at");

-- CreateIndex
CREATE INDEX "risk_follow_ups_flag_id_at_idx" ON "risk_follow_ups"("flag_id", "at");

-- AddForeignKey
ALTER TABLE "risk_flags" ADD CONSTRAINT "risk_flags_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "risk_flags" ADD CONSTRAINT "risk_flags_raised_by_id_fkey" FOREIGN KEY ("raised_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "risk_follow_ups" ADD CONSTRAINT "risk_follow_ups_flag_id_fkey" FOREIGN KEY ("flag_id") REFERENCES "risk_flags"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "risk_follow_ups" ADD CONSTRAINT "risk_follow_ups_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
