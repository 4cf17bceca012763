/**
 * Puts an .xlsx's parts in the order ExcelJS's streaming reader wants them. It reads the ZIP front to
 * back; a worksheet met before the shared strings and the workbook (ExcelJS and Excel both write it
 * first) is spilled whole to a temp file and parsed only at the end, so the row cap could not stop
 * the reading early. Here the relationships, workbook, shared strings and styles come first and the
 * worksheets last. The compressed bytes are copied as they are (nothing is inflated); the ZIP must
 * already have passed checkZip. Returns null for what is not a plain ZIP (ExcelJS then reports it).
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DATA_DESCRIPTOR_FLAG = 0x0008;

const FIRST = ['_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];
const rank = (name: string) => {
  const first = FIRST.indexOf(name);
  if (first >= 0) return first;
  return /^xl\/worksheets\/sheet\d+\.xml$/.test(name) ? FIRST.length + 1 : FIRST.length;
};

interface Part {
  name: Buffer;
  central: Buffer;
  data: Buffer;
}

function endOfCentralDirectory(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= lowest; at--) if (zip.readUInt32LE(at) === EOCD) return at;
  return -1;
}

function partsOf(zip: Buffer): Part[] | null {
  const end = endOfCentralDirectory(zip);
  if (end < 0) return null;
  const parts: Part[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = zip.readUInt16LE(at + 28);
    const headerLength = 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL) return null;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + zip.readUInt32LE(at + 20));
    parts.push({ name: zip.subarray(at + 46, at + 46 + nameLength), central: zip.subarray(at, at + 46), data });
    at += headerLength;
  }
  return parts;
}

export function partsBeforeSheets(zip: Buffer): Buffer | null {
  const parts = partsOf(zip);
  if (!parts) return null;
  const ordered = parts
    .map((part, index) => ({ part, index, rank: rank(part.name.toString('utf8')) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((p) => p.part);
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, central, data } of ordered) {
    // Sizes and CRC in the local header itself, so no data descriptor follows the data.
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(central.readUInt16LE(6), 4);
    local.writeUInt16LE(central.readUInt16LE(8) & ~DATA_DESCRIPTOR_FLAG, 6);
    central.copy(local, 8, 10, 28); // method, time, date, CRC, compressed and full size
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    central.copy(entry, 0, 0, 46);
    entry.writeUInt16LE(central.readUInt16LE(8) & ~DATA_DESCRIPTOR_FLAG, 8);
    entry.writeUInt16LE(0, 30);
    entry.writeUInt16LE(0, 32);
    entry.writeUInt32LE(offset, 42);
    centrals.push(entry, name);
    chunks.push(local, name, data);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(ordered.length, 8);
  end.writeUInt16LE(ordered.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
