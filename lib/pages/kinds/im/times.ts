/**
 * The workbench's own clock words. A session's countdown is seconds, not hours: 「2分10秒后超时」,
 * 「45秒后超时」, 「02:10后超时」 (mm:ss: the line is 3 minutes away at most), 「已超时」, 「已超时1分20秒」.
 * A last message's time is 「10:31」, 「10:31:05」, 「昨天 21:10」, 「12-01 09:00」, 「刚刚」, 「3分钟前」.
 * China time (UTC+8), as the back office prints it.
 */
import { parseShownTime } from '../../kit/times';

const CN = 8 * 3600_000;
const DAY = 86_400_000;

export type ChatCountdown = { ok: true; seconds: number | null; overdue: boolean } | { ok: false; why: string } | null;

const DURATION_S = /^(?:(\d{1,3})(?:小时|时))?(?:(\d{1,4})(?:分钟|分))?(?:(\d{1,4})秒)?$/;
const MMSS = /^(\d{1,2}):(\d{2})$/;

function seconds(core: string): number | null {
  const c = MMSS.exec(core);
  if (c) return +c[2]! > 59 ? null : +c[1]! * 60 + +c[2]!;
  const d = DURATION_S.exec(core);
  if (!d || core === '' || (d[1] ?? d[2] ?? d[3]) === undefined) return null;
  return (+(d[1] ?? 0)) * 3600 + (+(d[2] ?? 0)) * 60 + (+(d[3] ?? 0));
}

/** A session countdown, or null when the text is no countdown at all; garbled ones give a reason. */
export function parseChatCountdown(text: string): ChatCountdown {
  const t = text.replace(/\s+/g, '');
  let m = /^(?:还剩|剩余)?[:：]?(.*?)后(?:超时|未回复超时)$/.exec(t);
  if (m) {
    const s = seconds(m[1]!);
    return s === null ? { ok: false, why: '倒计时读不懂' } : { ok: true, seconds: s, overdue: s <= 0 };
  }
  m = /^(?:已超时|超时)[:：]?((?:已?超过)?(?:\d.*)?)$/.exec(t);
  if (m) {
    if (m[1] === '') return { ok: true, seconds: null, overdue: true };
    const s = seconds(m[1]!.replace(/^(?:已?超过)/, ''));
    return s === null ? { ok: false, why: '超时时长读不懂' } : { ok: true, seconds: -s, overdue: true };
  }
  return null;
}

const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const DAY_WORD = /^(昨天|前天)(\d{1,2}):(\d{2})$/;
const AGO = /^(\d{1,3})(秒|分钟)前$/;
const DATE_ONLY = /^(?:(\d{4})[-/])?(\d{1,2})[-/](\d{1,2})$/;

/** Midnight (China) of the day `ms` falls on, as UTC ms. */
function cnMidnight(ms: number): number {
  return Math.floor((ms + CN) / DAY) * DAY - CN;
}

/**
 * The time a session card shows for its last message, as an absolute ISO time, or null when the
 * text is no such time. A bare clock time later than now (beyond a minute's skew) is yesterday's.
 */
export function parseMessageTime(text: string, now: Date): string | null {
  const t = text.replace(/\s+/g, '');
  const at = now.getTime();
  if (t === '刚刚') return now.toISOString();
  let m = AGO.exec(t);
  if (m) return new Date(at - +m[1]! * (m[2] === '秒' ? 1000 : 60_000)).toISOString();
  m = CLOCK.exec(t);
  if (m) {
    if (+m[1]! > 23 || +m[2]! > 59 || +(m[3] ?? 0) > 59) return null;
    let ms = cnMidnight(at) + (+m[1]! * 3600 + +m[2]! * 60 + +(m[3] ?? 0)) * 1000;
    if (ms > at + 60_000) ms -= DAY;
    return new Date(ms).toISOString();
  }
  m = DAY_WORD.exec(t);
  if (m) {
    if (+m[2]! > 23 || +m[3]! > 59) return null;
    return new Date(cnMidnight(at) - (m[1] === '昨天' ? 1 : 2) * DAY + (+m[2]! * 3600 + +m[3]! * 60) * 1000).toISOString();
  }
  const shown = text.trim();
  if (/^(?:\d{4}[-/.年])?\d{1,2}[-/月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?$/.test(shown)) {
    const p = parseShownTime(shown, now);
    return p.ok ? p.iso : null;
  }
  m = DATE_ONLY.exec(t);
  if (m) {
    const p = parseShownTime(`${m[1] ? `${m[1]}-` : ''}${m[2]}-${m[3]} 00:00`, now);
    return p.ok ? p.iso : null;
  }
  return null;
}
