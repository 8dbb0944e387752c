import { Zip, ZipDeflate } from "fflate";

/** One file of a zip: its path inside the archive and its bytes, produced when the zip gets to it. */
export interface ZipEntry {
  name: string;
  data: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

/**
 * Every entry's modification time: 1980-01-01 00:00:00, the first instant a zip can hold. fflate
 * writes the DOS date from the local-time fields of the Date, so it is built from local fields
 * too, when the zip is made: the stored bytes are the same in every time zone.
 */
const zipTime = () => new Date(1980, 0, 1, 0, 0, 0);

/**
 * A zip archive of `entries`, in order, as a stream of byte chunks: each entry is deflated as its
 * data arrives (fflate's streaming `Zip`; sizes and CRC follow each entry in a data descriptor),
 * so an entry of any size passes through in pieces. No clock and no randomness: the same entries
 * with the same bytes in the same pieces give the same archive.
 */
export async function* zipStream(entries: Iterable<ZipEntry> | AsyncIterable<ZipEntry>): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else if (chunk.length > 0) out.push(chunk);
  });
  const drain = () => {
    if (failure) throw failure;
    return out.splice(0);
  };
  for await (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 6 });
    file.mtime = zipTime();
    zip.add(file);
    for await (const chunk of entry.data()) {
      if (chunk.length === 0) continue;
      file.push(chunk);
      yield* drain();
    }
    file.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
