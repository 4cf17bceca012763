import { strToU8, zipSync } from 'fflate';

/**
 * Packs the parts of an Office file (fflate, deflate). Entries keep the order given, as Word expects
 * [Content_Types].xml first.
 */
export interface ZipEntry {
  name: string;
  data: Buffer | string;
}

export function zip(entries: readonly ZipEntry[]): Buffer {
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    files[entry.name] = typeof entry.data === 'string' ? strToU8(entry.data) : new Uint8Array(entry.data);
  }
  return Buffer.from(zipSync(files, { level: 6 }));
}
