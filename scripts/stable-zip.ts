/**
 * Byte-stable zip files for the generators (`samples/make-sample.ts`,
 * `scripts/make-bad-fixtures.ts`): ExcelJS stamps every zip entry with the time
 * of writing, so the same workbook would differ on every run. The product never
 * needs this; only files committed next to their generator do.
 */

/** MS-DOS time and date words of a UTC instant, as zip headers store them (2-second resolution). */
function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_RECORD = 0x02014b50;
/** The end record is 22 bytes plus a comment of up to 65 535 bytes. */
const END_RECORD_LENGTH = 22;

/**
 * Sets every zip entry's modification time to `date`, in place, and returns the
 * same bytes. The time sits in each central-directory record and in the local
 * header it points to.
 *
 * @example
 * const xlsx = fixZipDates(new Uint8Array(await workbook.xlsx.writeBuffer()), new Date(Date.UTC(2025, 8, 30, 8)));
 */
export function fixZipDates(zip: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { time, day } = dosDateTime(date);
  let end = zip.byteLength - END_RECORD_LENGTH;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new Error('not a zip file: no end-of-central-directory record');
  const entries = view.getUint16(end + 10, true);
  let record = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(record, true) !== CENTRAL_DIRECTORY_RECORD) throw new Error('unexpected zip central directory');
    view.setUint16(record + 12, time, true);
    view.setUint16(record + 14, day, true);
    const local = view.getUint32(record + 42, true);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    // Fixed part, then file name, extra field and comment.
    record += 46 + view.getUint16(record + 28, true) + view.getUint16(record + 30, true) + view.getUint16(record + 32, true);
  }
  return zip;
}
