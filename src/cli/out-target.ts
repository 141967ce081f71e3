/**
 * `--out` safety: the copy must never land on the input. Paths are compared by
 * what they are on disk, not by how they are spelt — a symbolic link, a hard
 * link, a linked folder or a differently cased name on a case-insensitive file
 * system all reach the same file. The copy is written to a temporary file in
 * the target folder and renamed into place, so a failed or interrupted write
 * never leaves a half-written file, and renaming replaces a link at the target
 * rather than writing through it.
 */
import { randomBytes } from 'crypto';
import { mkdir, realpath, rename, stat, unlink, writeFile } from 'fs/promises';
import { basename, dirname, join } from 'path';

/**
 * Whether two paths name the same file on a case-insensitive file system
 * (Windows, macOS): equal after Unicode normalisation (NFC) and case folding.
 * Used on every platform, because a Linux machine can mount such a disk too;
 * refusing 县直.XLSX next to 县直.xlsx costs the user a rename, never a file.
 *
 * @example
 * samePathIgnoringCase('D:\\数据\\县直.xlsx', 'd:\\数据\\县直.XLSX'); // true
 * samePathIgnoringCase('/data/县直.xlsx', '/data/县直-均衡分析.xlsx');  // false
 */
export function samePathIgnoringCase(a: string, b: string): boolean {
  const fold = (path: string): string => path.normalize('NFC').toUpperCase().toLowerCase();
  return fold(a) === fold(b);
}

/** The real path of `path`: links resolved; for a file not yet there, its folder's real path and its name. */
async function realTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const folder = dirname(path);
    if (folder === path) return path;
    return join(await realTarget(folder), basename(path));
  }
}

/** Device and inode of an existing file, or null. */
async function identity(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return `${info.dev}:${info.ino}`;
  } catch {
    return null;
  }
}

/**
 * Whether writing to `out` could touch `input`: same device and inode (hard
 * links, symbolic links, linked folders), same real path, or real paths equal
 * but for case.
 *
 * @example
 * await reachesInput('/data/县直.xlsx', '/data/link-to-县直.xlsx'); // true when the link points at it
 */
export async function reachesInput(input: string, out: string): Promise<boolean> {
  if (samePathIgnoringCase(input, out)) return true;
  const [inputId, outId] = await Promise.all([identity(input), identity(out)]);
  if (inputId !== null && inputId === outId) return true;
  const [realInput, realOut] = await Promise.all([realTarget(input), realTarget(out)]);
  return samePathIgnoringCase(realInput, realOut);
}

/**
 * Writes `bytes` to `path` by way of a temporary file in the same folder, then
 * renames it into place (atomic on one file system). The folder is made when
 * missing; on failure the temporary file is removed and the target is as it was.
 *
 * @example
 * await writeFileAtomically('/data/out/县直-均衡分析.xlsx', bytes);
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
