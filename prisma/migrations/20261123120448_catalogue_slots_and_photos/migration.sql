-- DropIndex
DROP INDEX "psychologist_profiles_status_idx";

-- AlterTable
ALTER TABLE "psychologist_profiles" DROP COLUMN "photo_path",
ADD COLUMN     "next_slot_at" TIMESTAMPTZ(3),
ADD COLUMN     "photo_updated_at" TIMESTAMPTZ(3),
ADD COLUMN     "slots_checked_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "profile_photos" (
    "profile_id" UUID NOT NULL,
    "mime_type" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "profile_photos_pkey" PRIMARY KEY ("profile_id")
);

-- CreateIndex
CREATE INDEX "psychologist_profiles_status_next_slot_at_idx" ON "psychologist_profiles"("status", "next_slot_at");

-- AddForeignKey
ALTER TABLE "profile_photos" ADD CONSTRAINT "profile_photos_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "psychologist_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
