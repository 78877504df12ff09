-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "country" VARCHAR(2) NOT NULL DEFAULT 'GB',
ADD COLUMN     "hotline_name" TEXT,
ADD COLUMN     "hotline_phone" TEXT;

-- CreateTable
CREATE TABLE "crisis_lines" (
    "id" UUID NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "source_url" TEXT NOT NULL,
    "checked_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "crisis_lines_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "crisis_lines_country_idx" ON "crisis_lines"("country");

-- Existing employers writing in Russian are in Russia; the others keep the default and are set by the operator.
UPDATE "tenants" SET "country" = 'RU' WHERE "locale" = 'ru';
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_country_check" CHECK ("country" ~ '^[A-Z]{2}$');
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_hotline_check" CHECK (("hotline_name" IS NULL) = ("hotline_phone" IS NULL));
ALTER TABLE "crisis_lines" ADD CONSTRAINT "crisis_lines_country_check" CHECK ("country" ~ '^[A-Z]{2}$');
