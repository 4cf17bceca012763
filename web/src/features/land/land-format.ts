/** 万元 ↔ yuan for the indicator fields (stored in yuan, spoken in 万元). */
export const yuanToWan = (yuan: number | null): number | null => (yuan === null ? null : yuan / 10_000);
export const wanToYuan = (wan: number | null | undefined): number | null =>
  wan === null || wan === undefined ? null : Math.round(wan * 10_000 * 100) / 100;

/** 0.4321 → "43.2%" */
export const percent = (rate: number): string => `${Math.round(rate * 1000) / 10}%`;
