/** Whether "2021-02-29" is a day the calendar has: no 31 April, 29 February in leap years only. */
export function isCalendarDay(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}
