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
