-- AlterTable
ALTER TABLE "registry_imports" ADD COLUMN     "duplicates" INTEGER NOT NULL DEFAULT 0;
