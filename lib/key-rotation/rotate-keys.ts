/**
 * Re-encrypts everything sealed under an older key with the current one (the first of
 * ENCRYPTION_KEYS), in small batches, while Harbor keeps serving: the old key ids stay readable
 * until no row needs them. Each row is replaced only if it still holds what was read (compare and
 * set), so a value the app rewrites meanwhile is never overwritten with a stale one, and two
 * workers rotating at once do not collide. Runs as the `crypto.rotate-keys` job.
 */
import type pg from "pg";
import { openField, sealField } from "@/lib/crypto/sealed-field";
import { keyRing, seal, unseal, type KeyRing } from "@/lib/crypto/seal";
import { keyIdSql, SEALED_PLACES, type SealedPlace } from "./sealed-places";

type Queryable = Pick<pg.Pool, "query">;
const BATCH = 200;

export interface PlaceProgress {
  name: string;
  /** Rows holding sealed data. */
  total: number;
  /** Of those, rows still under an older key. */
  stale: number;
}

export interface RotationProgress {
  currentKeyId: string;
  configuredKeyIds: string[];
  places: PlaceProgress[];
  /** Key ids some row still needs (the current one excluded): these cannot be removed yet. */
  keyIdsInUse: string[];
  /** Configured older keys no row needs any more: they may leave ENCRYPTION_KEYS. */
  removableKeyIds: string[];
  staleRows: number;
  /** Of all sealed rows, the share under the current key, rounded down (100 when there are none). */
  percentDone: number;
}

export async function rotationProgress(q: Queryable, ring: KeyRing = keyRing()): Promise<RotationProgress> {
  const places: PlaceProgress[] = [];
  const inUse = new Set<string>();
  for (const place of SEALED_PLACES) {
    const key = keyIdSql(place);
    const { rows } = await q.query<{ key_id: string; n: number }>(
      `SELECT ${key} AS key_id, count(*)::int AS n FROM "${place.table}" WHERE ${key} IS NOT NULL GROUP BY 1`,
    );
    const total = rows.reduce((sum, r) => sum + r.n, 0);
    const stale = rows.filter((r) => r.key_id !== ring.current.id).reduce((sum, r) => sum + r.n, 0);
    for (const r of rows) if (r.key_id !== ring.current.id) inUse.add(r.key_id);
    places.push({ name: place.name, total, stale });
  }
  const configuredKeyIds = [...ring.byId.keys()];
  const total = places.reduce((sum, p) => sum + p.total, 0);
  const staleRows = places.reduce((sum, p) => sum + p.stale, 0);
  return {
    currentKeyId: ring.current.id,
    configuredKeyIds,
    places,
    keyIdsInUse: [...inUse].sort(),
    removableKeyIds: configuredKeyIds.filter((id) => id !== ring.current.id && !inUse.has(id)),
    staleRows,
    percentDone: total === 0 ? 100 : Math.floor(((total - staleRows) / total) * 100),
  };
}

/** Rotates every place; returns how many rows were re-encrypted. */
export async function rotateAllKeys(q: Queryable, ring: KeyRing = keyRing()): Promise<number> {
  let rotated = 0;
  for (const place of SEALED_PLACES) rotated += await rotatePlace(q, place, ring);
  return rotated;
}

async function rotatePlace(q: Queryable, place: SealedPlace, ring: KeyRing): Promise<number> {
  const key = keyIdSql(place);
  const sealedColumns = place.kind === "field" ? [place.column] : [place.iv, place.ciphertext];
  const select = [place.id, ...place.contextColumns].map((c) => `"${c}"::text AS "${c}"`).join(", ");
  let rotated = 0;
  let after = "";
  for (;;) {
    // Keyset pagination on the id, so rows skipped by a concurrent write are not read again and again.
    const { rows } = await q.query<Record<string, string | Buffer>>(
      `SELECT ${select}, ${key} AS key_id, ${sealedColumns.map((c) => `"${c}"`).join(", ")} FROM "${place.table}"
       WHERE ${key} IS NOT NULL AND ${key} <> $1 AND "${place.id}"::text > $2 ORDER BY "${place.id}"::text LIMIT ${BATCH}`,
      [ring.current.id, after],
    );
    if (rows.length === 0) return rotated;
    for (const row of rows) {
      const text = Object.fromEntries(Object.entries(row).filter(([, v]) => typeof v === "string")) as Record<string, string>;
      const context = place.context(text);
      if (place.kind === "field") {
        const fresh = Buffer.from(sealField(openField(row[place.column] as Buffer, context, ring), context, ring));
        const result = await q.query(`UPDATE "${place.table}" SET "${place.column}" = $1 WHERE "${place.id}"::text = $2 AND "${place.column}" = $3`, [
          fresh,
          text[place.id],
          row[place.column],
        ]);
        rotated += result.rowCount ?? 0;
      } else {
        const old = { keyId: text.key_id!, iv: new Uint8Array(row[place.iv] as Buffer), ciphertext: new Uint8Array(row[place.ciphertext] as Buffer) };
        const fresh = seal(unseal(old, context, ring), context, ring);
        const result = await q.query(
          `UPDATE "${place.table}" SET "${place.keyId}" = $1, "${place.iv}" = $2, "${place.ciphertext}" = $3
           WHERE "${place.id}"::text = $4 AND "${place.keyId}" = $5 AND "${place.ciphertext}" = $6`,
          [fresh.keyId, Buffer.from(fresh.iv), Buffer.from(fresh.ciphertext), text[place.id], old.keyId, row[place.ciphertext]],
        );
        rotated += result.rowCount ?? 0;
      }
    }
    after = String(rows.at(-1)![place.id]);
  }
}
