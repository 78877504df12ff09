-- AlterTable
ALTER TABLE "users" ADD COLUMN     "email_confirm_token_hash" BYTEA,
ADD COLUMN     "email_confirmed_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "platform_alerts" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "window_end" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "platform_alerts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "platform_alerts_created_at_idx" ON "platform_alerts"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_confirm_token_hash_key" ON "users"("email_confirm_token_hash");

-- AddForeignKey
ALTER TABLE "platform_alerts" ADD CONSTRAINT "platform_alerts_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Accounts made before the link existed keep counting as they did.
UPDATE "users" SET "email_confirmed_at" = "created_at";
