/**
 * The bundle's ZIP, put together as a Blob of parts: each file is stored as it is (no
 * compression), its CRC-32 computed beforehand (in the hashing worker, with the
 * checksums), so its local header is written with its sizes and CRC and no data
 * descriptor follows. An evidence file is a part as the Blob IndexedDB gave (the
 * browser keeps it on disk): its bytes are never copied on the page, and the browser
 * reads them from where they are when it writes the download. Only the headers, the
 * table of contents and the small generated files are made here.
 */
import { t } from '../i18n';

/** One file of the ZIP: its name, its contents and their CRC-32. */
export interface ZipItem {
  name: string;
  data: Blob | Uint8Array<ArrayBuffer>;
  crc32: number;
}

/** A ZIP without the Zip64 extension holds at most 4 GiB; each entry adds headers. */
const ZIP_LIMIT = 0xffff_ffff;
const ENTRY_OVERHEAD = 512;
const tooBig = () => new Error(t('errors.zipTooBig'));

/** Throws, with what to do instead, when files of these sizes cannot fit in one ZIP. */
export function assertFitsInZip(bytes: number, files: number): void {
  if (bytes + files * ENTRY_OVERHEAD > ZIP_LIMIT) throw tooBig();
}

const UTF8_NAMES = 0x0800; // general purpose flag bit 11: names are UTF-8
const VERSION = 20; // 2.0: what reading a stored file with folders needs

/** MS-DOS time and date (local time, two-second steps), as ZIP headers keep them. */
function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * The stored ZIP of the items, as a Blob once the last item is given. The items are
 * asked for one after another; each is only referred to (a Blob) or kept as a small
 * part (bytes), never copied into one buffer.
 *
 * `streamed`: for files given as bytes, large in all (with the vault lock on, each
 * file is opened into bytes). Chromium keeps a Blob made of such parts in memory,
 * all of it (a 500 MB export held 500 MB more until the download was written); a
 * Blob made from one stream is paged to disk as it comes, so the ZIP is then written
 * as a stream and only the files being hashed are in memory.
 */
export async function zipBlob(items: AsyncIterable<ZipItem>, mtime: Date, { streamed = false } = {}): Promise<Blob> {
  if (streamed) return blobOfStream(zipParts(items, mtime));
  const parts: BlobPart[] = [];
  // Bytes given here become a Blob of their own at once (the browser may keep it on disk).
  for await (const part of zipParts(items, mtime)) parts.push(part instanceof Blob || part.byteLength < 4096 ? part : new Blob([part]));
  return new Blob(parts, { type: ZIP_TYPE });
}

const ZIP_TYPE = 'application/zip';

/** The ZIP's parts in order: each local header and its file's contents, then the table of contents. */
async function* zipParts(items: AsyncIterable<ZipItem>, mtime: Date): AsyncGenerator<Blob | Uint8Array<ArrayBuffer>> {
  const enc = new TextEncoder();
  const { time, date } = dosDateTime(mtime);
  const central: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  let count = 0;
  for await (const { name, data, crc32 } of items) {
    const nameBytes = enc.encode(name);
    const size = data instanceof Blob ? data.size : data.byteLength;
    if (offset + size + ENTRY_OVERHEAD + 2 * nameBytes.length > ZIP_LIMIT) throw tooBig();
    const local = new Uint8Array(30 + nameBytes.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, VERSION, true);
    l.setUint16(6, UTF8_NAMES, true);
    l.setUint16(8, 0, true); // stored
    l.setUint16(10, time, true);
    l.setUint16(12, date, true);
    l.setUint32(14, crc32 >>> 0, true);
    l.setUint32(18, size, true);
    l.setUint32(22, size, true);
    l.setUint16(26, nameBytes.length, true);
    l.setUint16(28, 0, true);
    local.set(nameBytes, 30);

    const entry = new Uint8Array(46 + nameBytes.length);
    const c = new DataView(entry.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, VERSION, true); // made by: MS-DOS attributes, version 2.0
    c.setUint16(6, VERSION, true);
    c.setUint16(8, UTF8_NAMES, true);
    c.setUint16(10, 0, true);
    c.setUint16(12, time, true);
    c.setUint16(14, date, true);
    c.setUint32(16, crc32 >>> 0, true);
    c.setUint32(20, size, true);
    c.setUint32(24, size, true);
    c.setUint16(28, nameBytes.length, true);
    // extra field, comment, disk number, internal and external attributes: none, 0
    c.setUint32(42, offset, true);
    entry.set(nameBytes, 46);
    central.push(entry);

    yield local;
    yield data;
    offset += local.byteLength + size;
    count++;
  }
  const centralSize = central.reduce((n, e) => n + e.byteLength, 0);
  if (count > 0xffff || offset + centralSize + 22 > ZIP_LIMIT) throw tooBig();
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, count, true);
  e.setUint16(10, count, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);
  yield* central;
  yield end;
}

/**
 * One Blob from the parts, through a stream (Chromium pages it to disk as it comes).
 * An error of the parts is the one thrown, in its own words (the stream's reader
 * would only say that the stream failed).
 */
async function blobOfStream(parts: AsyncGenerator<Blob | Uint8Array<ArrayBuffer>>): Promise<Blob> {
  let failure: { error: unknown } | undefined;
  let reading: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        for (;;) {
          if (reading) {
            const { done, value } = await reading.read();
            if (!done) return controller.enqueue(value);
            reading = undefined;
          }
          const next = await parts.next();
          if (next.done) return controller.close();
          if (!(next.value instanceof Blob)) return controller.enqueue(next.value);
          reading = next.value.stream().getReader();
        }
      } catch (error) {
        failure = { error };
        controller.error(error);
        await parts.return(undefined).catch(() => {});
      }
    },
    async cancel(reason) {
      await reading?.cancel(reason);
      await parts.return(undefined);
    },
  });
  try {
    return await new Response(stream, { headers: { 'Content-Type': ZIP_TYPE } }).blob();
  } catch (error) {
    throw failure ? failure.error : error;
  }
}
