/** Dates as Chinese readers write them. */

/** 2023-11-01 → 2023年11月1日 */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Today's date in China (YYYY-MM-DD), for "current as at" and 尚未生效. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/**
 * The day the build treats as today: SITE_TODAY (YYYY-MM-DD) when set, to see the site as it will be on
 * a date or to build it reproducibly in tests, else today's date in China. Only whether a text is in
 * force yet (尚未生效) depends on it.
 */
export function buildDay(override: string | undefined, now: Date = new Date()): string {
  if (override === undefined || override === '') return todayInChina(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(override) || Number.isNaN(Date.parse(override))) {
    throw new Error(`SITE_TODAY must be a date written YYYY-MM-DD; got "${override}"`);
  }
  return override;
}
