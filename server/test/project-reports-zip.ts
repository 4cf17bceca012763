import { unzipSync } from 'fflate';

/** The entries of a zip (docx, xlsx) by name. */
export function unzip(buffer: Buffer): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(new Uint8Array(buffer))).map(([name, data]) => [name, Buffer.from(data)]));
}
