/** Streams an HTTP request body to a private temporary file, refusing anything over the limit. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { AppError } from "@/lib/errors";

export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

export async function withUploadedFile<T>(body: ReadableStream<Uint8Array> | null, consume: (filePath: string) => Promise<T>): Promise<T> {
  if (!body) throw new AppError("bad_request", "errors.registry.noFile");
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "harbor-upload-"));
  const file = path.join(dir, "registry");
  try {
    let received = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        if (received > MAX_UPLOAD_BYTES)
          callback(new AppError("payload_too_large", "errors.registry.tooLarge", { params: { megabytes: MAX_UPLOAD_BYTES / 1024 / 1024 } }));
        else callback(null, chunk);
      },
    });
    await pipeline(Readable.fromWeb(body as unknown as WebReadableStream<Uint8Array>), limit, fs.createWriteStream(file, { mode: 0o600 }));
    return await consume(file);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
