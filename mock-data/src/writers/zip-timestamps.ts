/**
 * The zip library stamps every entry with the current time, so two runs would never give the same
 * bytes. Rewriting those stamps (they are outside every checksum) to 1980-01-01 00:00, the DOS
 * epoch, makes the .xlsx depend on its content only.
 */
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const DOS_EPOCH_DATE = (1 << 5) | 1;

export function normalizeZipTimestamps(zip: Buffer): Buffer {
  let end = -1;
  for (let p = zip.length - 22; p >= Math.max(0, zip.length - 22 - 0xffff); p--) {
    if (zip.readUInt32LE(p) === END_OF_CENTRAL_DIRECTORY) {
      end = p;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const entries = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(p) !== CENTRAL_FILE_HEADER) throw new Error('corrupt zip central directory');
    zip.writeUInt16LE(0, p + 12);
    zip.writeUInt16LE(DOS_EPOCH_DATE, p + 14);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) !== LOCAL_FILE_HEADER) throw new Error('corrupt zip local header');
    zip.writeUInt16LE(0, local + 10);
    zip.writeUInt16LE(DOS_EPOCH_DATE, local + 12);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}
