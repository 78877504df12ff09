-- A worker killed mid-job: the job runs again, once. E-mails are claimed before sending (a second
-- worker waits out the claim), and transactional effects leave a receipt a re-run finds.
-- AlterTable
ALTER TABLE "emails" ADD COLUMN     "claimed_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "job_receipts" (
    "key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_receipts_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "job_receipts_created_at_idx" ON "job_receipts"("created_at");
