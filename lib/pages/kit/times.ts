/**
 * Times as list pages print them. The back office shows China time (UTC+8) without a zone:
 * 「2026-11-30 10:00」, 「2026/11/30 10:00:05」, 「11-30 10:00」, and countdowns relative to the
 * moment of reading: 「还剩5小时12分」, 「剩余1天3小时」, 「05:12:00」, 「已超时2小时」. A time that does
 * not parse cleanly (month 13, 25:00, NaN小时) is garbled: null with a reason, never a guess.
 */
const CHINA_OFFSET_MS = 8 * 3600_000;

export type TimeParse = { ok: true; iso: string; fullDate: boolean } | { ok: false; why: string };

const FULL = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?/;
const SHORT = /(?<![\d\-/.])(\d{1,2})[-/月](\d{1,2})日?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?/;
const DATE_ONLY = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/;

function build(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const t = Date.UTC(y, mo - 1, d, h, mi, s) - CHINA_OFFSET_MS;
  const back = new Date(t + CHINA_OFFSET_MS);
  if (back.getUTCDate() !== d) return null; // 2-30, 11-31
  return t;
}

/**
 * An absolute time as printed (China time). Without a year (「11-30 10:00」) the year nearest to
 * the read time is taken: a list page shows recent orders, so 12-31 read on 1-2 is last year.
 */
export function parseShownTime(text: string, readAt: Date): TimeParse {
  const t = text.trim();
  let m = FULL.exec(t);
  if (m) {
    const ms = build(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
    return ms === null ? { ok: false, why: `「${t}」不是有效的时间` } : { ok: true, iso: new Date(ms).toISOString(), fullDate: true };
  }
  if (DATE_ONLY.test(t)) return { ok: false, why: `「${t}」只有日期，没有时刻` };
  m = SHORT.exec(t);
  if (m) {
    const year = new Date(readAt.getTime() + CHINA_OFFSET_MS).getUTCFullYear();
    let best: number | null = null;
    for (const y of [year - 1, year, year + 1]) {
      const ms = build(y, +m[1]!, +m[2]!, +m[3]!, +m[4]!, +(m[5] ?? 0));
      if (ms !== null && (best === null || Math.abs(ms - readAt.getTime()) < Math.abs(best - readAt.getTime()))) best = ms;
    }
    return best === null ? { ok: false, why: `「${t}」不是有效的时间` } : { ok: true, iso: new Date(best).toISOString(), fullDate: false };
  }
  return { ok: false, why: `「${t}」读不出时间` };
}

export type CountdownParse = { ok: true; minutes: number; overdue: boolean } | { ok: false; why: string } | null;

const AFTER = /^(.*?)后(?:超时|逾期|自动.*)$/;
const OVERDUE = /^(?:已超时|已超|超时|已逾期|逾期|已延迟|延迟)/;
const REMAINING = /^(?:还剩|剩余|剩|倒计时)/;
const WITHIN = /(?:内发货|内处理|内)$/;
const DURATION = /^(?:(\d{1,3})\s*天)?\s*(?:(\d{1,3})\s*(?:小时|时|h))?\s*(?:(\d{1,4})\s*(?:分钟|分|min|m))?\s*(?:(\d{1,2})\s*秒)?$/i;
const CLOCK = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/;

/**
 * A countdown (「还剩5小时12分」, 「剩余：1天03:10:00」, 「05:12:00」 under a 剩余发货时间 label,
 * 「已超时2小时」) as signed minutes from the read time. `labelled` says the text sits under a
 * countdown label, so a bare 「05:12:00」 is a countdown and not a clock time. Returns null when
 * the text is not a countdown at all, and a reason when it is one but garbled.
 */
export function parseCountdown(text: string, labelled = false): CountdownParse {
  const t = text.replace(/\s+/g, '');
  // 「4小时12分后超时」 counts down; 「已超时2小时」 is past the line; 「还剩…」/「剩余…」 count down.
  const after = AFTER.exec(t);
  const overdue = !after && OVERDUE.test(t);
  const remaining = !!after || REMAINING.test(t);
  if (!overdue && !remaining && !labelled) return null;
  const core = (after ? after[1]! : t.replace(OVERDUE, '').replace(REMAINING, '')).replace(/^[:：]/, '').replace(WITHIN, '');
  const clock = /^(?:(\d{1,3})天)?(\d{1,3}:\d{2}(?::\d{2})?)$/.exec(core);
  let minutes: number | null = null;
  if (clock) {
    const c = CLOCK.exec(clock[2]!)!;
    if (+c[2]! > 59 || +(c[3] ?? 0) > 59) return { ok: false, why: `「${text.trim()}」不是有效的倒计时` };
    minutes = (+(clock[1] ?? 0)) * 1440 + +c[1]! * 60 + +c[2]! + Math.floor(+(c[3] ?? 0) / 60);
  } else {
    const d = DURATION.exec(core);
    if (d && core !== '' && (d[1] ?? d[2] ?? d[3] ?? d[4]) !== undefined) {
      minutes = (+(d[1] ?? 0)) * 1440 + (+(d[2] ?? 0)) * 60 + (+(d[3] ?? 0)) + Math.floor(+(d[4] ?? 0) / 60);
    }
  }
  if (minutes === null) return (overdue || remaining || labelled) && core !== '' ? { ok: false, why: `「${text.trim()}」读不出剩余时间` } : null;
  return { ok: true, minutes: overdue ? -minutes : minutes, overdue };
}

/** ISO of readAt + minutes. */
export function addMinutes(readAt: Date, minutes: number): string {
  return new Date(readAt.getTime() + minutes * 60_000).toISOString();
}
