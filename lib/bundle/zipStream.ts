/**
 * The bundle's ZIP, written as a stream with fflate's Zip: each file is stored as
 * it is (no compression) with the CRC-32 computed beforehand (in the hashing
 * worker, with the checksums), and the next file is asked for only when the reader
 * has taken the last one.
 */
import { Zip, type ZipInputFile } from 'fflate';

/** One file of the ZIP: its name, its bytes and their CRC-32. */
export interface ZipItem {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  crc32: number;
}

/** A ZIP without the Zip64 extension (fflate writes none) holds at most 4 GiB; each entry adds headers. */
const ZIP_LIMIT = 0xffff_ffff;
const ENTRY_OVERHEAD = 512;
const tooBig = () =>
  new Error(
    'This bundle would be larger than 4 GB, more than one ZIP file can hold. Export one account at a time, or leave out the largest files.',
  );

/** Throws, with what to do instead, when files of these sizes cannot fit in one ZIP. */
export function assertFitsInZip(bytes: number, files: number): void {
  if (bytes + files * ENTRY_OVERHEAD > ZIP_LIMIT) throw tooBig();
}

/**
 * The ZIP of the items, as a stream that asks for the next item only when the reader
 * has taken the last one (so at most one file waits in memory for the reader).
 */
export function zipStream(items: AsyncIterator<ZipItem>, mtime: Date): ReadableStream<Uint8Array<ArrayBuffer>> {
  let zip: Zip;
  let size = 0;
  return new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      start(controller) {
        zip = new Zip((error, chunk, final) => {
          if (error) return controller.error(error);
          controller.enqueue(chunk);
          if (final) controller.close();
        });
      },
      async pull() {
        const next = await items.next();
        if (next.done) return zip.end();
        const { name, bytes, crc32 } = next.value;
        size += bytes.byteLength + ENTRY_OVERHEAD + 2 * name.length;
        if (size > ZIP_LIMIT) throw tooBig();
        const file: ZipInputFile = { filename: name, size: bytes.byteLength, crc: crc32, compression: 0, mtime };
        zip.add(file);
        file.ondata!(null, bytes, true);
      },
      async cancel(reason) {
        await items.return?.(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
