-- The language a psychologist wrote their bio in (ISO 639-1), so the catalogue can mark it; NULL: not stated.
ALTER TABLE "psychologist_profiles" ADD COLUMN     "bio_language" TEXT;
