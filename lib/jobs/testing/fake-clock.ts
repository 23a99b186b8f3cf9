/** A clock tests move by hand, so sleeps, retries, leases and cron need no real waiting. */
export function fakeClock(start = new Date("2026-01-05T10:00:00.000Z")) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    set: (date: Date) => {
      now = Math.max(now, date.getTime());
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

export type FakeClock = ReturnType<typeof fakeClock>;
