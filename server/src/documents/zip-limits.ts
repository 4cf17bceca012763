import { Inflate } from 'fflate';

/**
 * Refuses a ZIP package (an uploaded .xlsx) that would inflate past a limit, BEFORE any parser
 * unpacks it into memory: a 2 MB file can hold a 2 GB sheet. Two checks, both cheap in memory:
 * 1. the central directory: entry count and the sizes the entries declare (ZIP64, for entries of 4 GB
 *    and more, is refused outright: no workbook we accept needs it);
 * 2. each entry inflated for real into a counter (nothing kept), stopped as soon as it passes what
 *    its entry declared or the total passes the limit, so a directory that lies is caught too.
 */
export interface ZipLimits {
  maxEntries: number;
  maxInflatedBytes: number;
}

export type ZipVerdict =
  | { ok: true; entries: number; inflatedBytes: number }
  | { ok: false; reason: 'notZip' | 'tooManyEntries' | 'tooLarge' | 'damaged' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64 = 0xffffffff;
/**
 * Pushed to the inflater this many bytes at a time: deflate packs at most ~1,032:1, so one step
 * inflates to about a megabyte at most, and a bomb is stopped within a megabyte of its cap.
 */
const STEP = 1024;

function endOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65,535; search backwards from the end.
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= lowest; at--) {
    if (zip.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}

interface Entry {
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeader: number;
}

function centralDirectory(zip: Buffer, limits: ZipLimits): Entry[] | ZipVerdict {
  if (zip.length < 22) return { ok: false, reason: 'notZip' };
  const end = endOfCentralDirectory(zip);
  if (end < 0) return { ok: false, reason: 'notZip' };
  const count = zip.readUInt16LE(end + 10);
  const offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === ZIP64) return { ok: false, reason: 'tooLarge' };
  if (count > limits.maxEntries) return { ok: false, reason: 'tooManyEntries' };
  const entries: Entry[] = [];
  let at = offset;
  let declared = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return { ok: false, reason: 'damaged' };
    const entry = {
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      declaredSize: zip.readUInt32LE(at + 24),
      localHeader: zip.readUInt32LE(at + 42),
    };
    if (entry.compressedSize === ZIP64 || entry.declaredSize === ZIP64 || entry.localHeader === ZIP64)
      return { ok: false, reason: 'tooLarge' };
    declared += entry.declaredSize;
    if (declared > limits.maxInflatedBytes) return { ok: false, reason: 'tooLarge' };
    entries.push(entry);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** Inflates one entry into a counter; the bytes it really inflates to, or null once past `cap`. */
function inflatedSize(data: Buffer, cap: number): number | null {
  let size = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > cap) over = true;
  });
  for (let at = 0; at < data.length && !over; at += STEP) {
    inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  }
  return over ? null : size;
}

export function checkZip(zip: Buffer, limits: ZipLimits): ZipVerdict {
  const entries = centralDirectory(zip, limits);
  if (!Array.isArray(entries)) return entries;
  let total = 0;
  for (const entry of entries) {
    const at = entry.localHeader;
    if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) return { ok: false, reason: 'damaged' };
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    let size: number | null;
    if (entry.method === 0) size = data.length;
    else if (entry.method === 8) {
      try {
        size = inflatedSize(data, Math.min(entry.declaredSize, limits.maxInflatedBytes - total));
      } catch {
        return { ok: false, reason: 'damaged' };
      }
    } else return { ok: false, reason: 'damaged' };
    if (size === null) return { ok: false, reason: 'tooLarge' };
    total += size;
  }
  return { ok: true, entries: entries.length, inflatedBytes: total };
}
