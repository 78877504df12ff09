-- An account its owner deleted: emptied of everything personal, kept as an anonymous id for counts.
ALTER TYPE "AccountStatus" ADD VALUE 'deleted';
