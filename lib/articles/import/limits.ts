/**
 * Size limits for imports, configurable by environment so an operator can raise them without a
 * release. Read on every call (not at module load) so a test or the CLI can set them per process.
 */

const MIB = 1024 * 1024;

function bytesFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

/** Largest single imported document: one file, one JSON body, one JSONL line (MAX_IMPORT_BYTES, default 5 MB). */
export function maxImportBytes(): number {
  return bytesFromEnv("MAX_IMPORT_BYTES", 5 * MIB);
}

/**
 * Largest streamed JSONL body for `POST /api/articles/bulk` (MAX_BULK_BYTES, default 256 MB). The
 * stream is never held in memory, so this only stops a client from streaming forever.
 */
export function maxBulkBytes(): number {
  return bytesFromEnv("MAX_BULK_BYTES", 256 * MIB);
}

/**
 * Largest multipart body for `POST /api/articles/upload` (MAX_UPLOAD_BYTES, default 50 MB). Multipart
 * is read into memory before parsing (no streaming multipart parser is installed), so this one is a
 * real memory bound per request.
 */
export function maxUploadBytes(): number {
  return bytesFromEnv("MAX_UPLOAD_BYTES", 50 * MIB);
}
