/**
 * Amounts are kept in yuan and typed in 万元 (the unit investment staff speak). Conversions round to
 * the fen so that 0.1 + 0.2 style float noise never reaches the server.
 */
export function wanToYuan(wan: number | null | undefined): number | null {
  if (wan === null || wan === undefined || Number.isNaN(wan)) return null;
  return Math.round(wan * 10_000 * 100) / 100;
}

export function yuanToWan(yuan: number | null | undefined): number | null {
  if (yuan === null || yuan === undefined) return null;
  return Math.round((yuan / 10_000) * 1_000_000) / 1_000_000;
}
