import { ElementSet, cardOf } from '../../kit/cards';
import { F, PageIndex } from '../../kit/dom-index';
import { clip, flat } from '../../kit/fold';
import { activeTab } from '../../kit/list-items';
import { Outcome, failureText } from '../../kit/outcome';
import { SHOP_LABELS, readShop } from '../../kit/shop';
import { buildDict, tokenize } from '../../kit/tokens';
import { parseValue, typeValue } from '../../kit/values';
import { LIST_BUDGET, type ListReadOptions } from '../orders/reader';
import { ANSWERED_WORDS, DUE_SOON_S, REPLY_RATE_LABELS, REPLY_WITHIN_S, SYSTEM_CARDS, WAITING_WORDS } from './labels';
import type { ChatCounts, ChatSession, ImReading } from './reading';
import { unreadableReading } from '../../unreadable';
import { parseChatCountdown, parseMessageTime } from './times';

/**
 * Reads the workbench's session list by its visible text. A session card is found by its time
 * slot (a countdown or the last message's time, one per card as the workbench draws it; a table
 * row may hold both), the way list readers find a card by its record number. Inside a card only
 * the clock words, state words and platform-card words are looked at: the nickname, avatar and
 * message text are never copied anywhere (issue 14 item 5).
 */
const MAX_SESSIONS = 6000;
const SYSTEM = new RegExp(`^[\\[【(（]?(?:${SYSTEM_CARDS.join('|')})[\\]】)）]?$`);
const STATE_WORD = new RegExp(`^(${[...WAITING_WORDS, ...ANSWERED_WORDS].join('|')})\\s*[(（]?\\d*[)）]?$`);
const EMPTY_LIST = /^(?:暂无(?:待回复|未回复)?(?:的)?会话|暂无数据|没有(?:待回复的)?会话|暂无消息)$/;
const CARD_LIMITS = { maxUp: 8, maxElements: 200, maxText: 1200 };

type Kind = 'countdown' | 'time' | 'system' | 'state' | 'rate' | 'empty' | null;

interface Text { r: number; el: number; text: string }

/** Does this text read cleanly as one of the workbench's words (a garbled countdown does not)? */
function valid(t: string, now: Date): boolean {
  const k = kindOf(t, now);
  return k !== null && (k !== 'countdown' || parseChatCountdown(flat(t))?.ok === true);
}

const MAX_CHAIN = 8;

/**
 * Texts as the merchant sees them. Inline pieces glue (「2分<b>10秒</b>后超时」), but the workbench
 * also sets the nickname and the time slot side by side with nothing between them: within a
 * glued chain, the longest stretch that reads cleanly from each position is one text, and a
 * piece that reads as nothing stays on its own (so a nickname never spoils the countdown).
 */
function texts(index: PageIndex, now: Date): Text[] {
  const out: Text[] = [];
  const runs = index.runs;
  for (let a = 0; a < runs.length; ) {
    let b = a + 1;
    while (b < runs.length && b - a < MAX_CHAIN && runs[b]!.joinsPrev) b++;
    if (index.has(runs[a]!.el, F.CHROME)) { a = b; continue; }
    for (let i = a; i < b; ) {
      let j = b;
      let joined = '';
      for (; j > i + 1; j--) {
        joined = runs.slice(i, j).map((x) => x.text).join('');
        if (valid(joined, now)) break;
      }
      if (j === i + 1) joined = runs[i]!.text;
      out.push({ r: i, el: runs[i]!.el, text: joined });
      i = j;
    }
    a = b;
  }
  return out;
}

function kindOf(t: string, now: Date): Kind {
  const f = flat(t);
  if (f.length > 40) return null;
  if (parseChatCountdown(f) !== null) return 'countdown';
  if (SYSTEM.test(f)) return 'system';
  if (STATE_WORD.test(f)) return 'state';
  if (REPLY_RATE_LABELS.some((l) => f.startsWith(l))) return 'rate';
  if (EMPTY_LIST.test(f)) return 'empty';
  if (parseMessageTime(f, now) !== null) return 'time';
  return null;
}

function stateOf(word: string): 'waiting' | 'answered' | null {
  const w = STATE_WORD.exec(flat(word))?.[1];
  if (!w) return null;
  return WAITING_WORDS.includes(w) ? 'waiting' : 'answered';
}

/** The counts the chip, badge and panel show, from the sessions read. */
export function chatCounts(sessions: readonly ChatSession[]): ChatCounts {
  const shown = sessions.filter((s) => !s.hidden);
  return {
    waiting: shown.length,
    dueSoon: shown.filter((s) => !s.overdue && s.secondsLeft !== null && s.secondsLeft <= DUE_SOON_S).length,
    overdue: shown.filter((s) => s.overdue).length,
  };
}

function readRate(all: Text[], at: number, out: Outcome): ImReading['replyRate'] {
  const t = all[at]!;
  const f = flat(t.text);
  const label = REPLY_RATE_LABELS.find((l) => f.startsWith(l))!;
  const rest = f.slice(label.length).replace(/^[:：]/, '');
  const shown = rest || (all[at + 1] ? flat(all[at + 1]!.text) : '');
  const typed = typeValue(parseValue(shown), 'percent');
  if (typed.ok === true) return { value: typed.value, shown: clip(shown, 20) };
  if (typed.ok === false) out.badValue('3分钟回复率', /^[\d.%\s-]{1,12}$/.test(shown) ? shown : '…', typed.why);
  return null;
}

const shopDict = buildDict(SHOP_LABELS);

export function readImPage(doc: Document, url: URL, options: ListReadOptions): ImReading {
  const now = options.now;
  const readAt = now.toISOString();
  const out = new Outcome();
  const base = { kind: 'im' as const, url: clip(url.href, 2000), readAt };
  try {
    const index = new PageIndex(doc, { ...options, budget: { ...LIST_BUDGET, ...options.budget } });
    for (const c of index.cuts) out.problem(c);
    const all = texts(index, now);
    const kinds = all.map((t) => kindOf(t.text, now));
    // Time slots anchor cards: a tag beside the slot (「已超时」) annotates its card, it anchors none.
    const slot = (k: number) => (kinds[k] === 'countdown' || kinds[k] === 'time') && !index.has(all[k]!.el, F.TAG);
    const anchors: number[] = [];
    for (let k = 0; k < all.length; k++) if (slot(k)) anchors.push(all[k]!.el);
    const competitors = new ElementSet(anchors);
    const cards: number[] = [];
    const seenRow = new Set<number>();
    for (const el of competitors.list) {
      const row = index.closest(el, F.ROW, 12);
      if (row >= 0) { if (!seenRow.has(row)) { seenRow.add(row); cards.push(row); } continue; }
      cards.push(cardOf(index, el, competitors, CARD_LIMITS));
    }
    // A countdown shown only as a tag still makes a card (a layout with no time slot).
    const inCard = (el: number) => cards.some((c) => index.contains(c, el));
    for (let k = 0; k < all.length; k++) {
      if (kinds[k] === 'countdown' && index.has(all[k]!.el, F.TAG) && !inCard(all[k]!.el)) cards.push(cardOf(index, all[k]!.el, competitors, CARD_LIMITS));
    }
    const unique = [...new Set(cards)].sort((a, b) => a - b).filter((c, i, list) => i === 0 || !index.contains(list[i - 1]!, c));
    if (unique.length > MAX_SESSIONS) out.problem(`会话超过 ${MAX_SESSIONS} 个，只读了前 ${MAX_SESSIONS} 个`);

    // One pass in page order: group titles (「待回复 (4)」) outside cards set the state of the cards after them.
    const tab = activeTab(index);
    const tabState = tab ? stateOf(tab) : null;
    const sessions: ChatSession[] = [];
    let answered = 0;
    let systemCards = 0;
    let unknown = 0;
    let garbled = 0;
    let replyRate: ImReading['replyRate'] = null;
    let listEmpty = false;
    // A group title governs the cards after it inside its own container, never the chat beside the list.
    let group: { state: 'waiting' | 'answered' | null; end: number } = { state: null, end: 0 };
    let c = 0;
    for (let k = 0; k < all.length; k++) {
      const t = all[k]!;
      while (c < unique.length && index.end[unique[c]!]! <= t.el) c++;
      const card = c < unique.length && index.contains(unique[c]!, t.el) ? unique[c]! : -1;
      if (card < 0) {
        if (kinds[k] === 'state' && !index.has(t.el, F.TAB)) {
          const box = index.parent[t.el]! >= 0 ? index.parent[t.el]! : t.el;
          group = { state: stateOf(t.text), end: index.end[box]! };
        }
        else if (kinds[k] === 'rate' && replyRate === null) replyRate = readRate(all, k, out);
        else if (kinds[k] === 'empty') listEmpty = true;
        continue;
      }
      if (c >= MAX_SESSIONS) { k = all.length; break; }
      // The card's texts, read together; the pointer moves past them.
      let system = false;
      let state: 'waiting' | 'answered' | null = null;
      let countdown: ReturnType<typeof parseChatCountdown> = null;
      let countdownShown: string | null = null;
      let overdueTag = false;
      let time: string | null = null;
      for (; k < all.length && index.contains(card, all[k]!.el); k++) {
        const x = all[k]!;
        const kind = kinds[k];
        if (kind === 'system') system = true;
        else if (kind === 'state') state ??= stateOf(x.text);
        else if (kind === 'countdown') {
          const p = parseChatCountdown(flat(x.text));
          if (p?.ok === true && p.seconds === null && index.has(x.el, F.TAG)) overdueTag = true;
          else if (countdown === null || (countdown.ok === true && countdown.seconds === null)) { countdown = p; countdownShown = clip(flat(x.text), 40); }
        } else if (kind === 'time') time ??= parseMessageTime(flat(x.text), now);
      }
      k--;
      c++;
      const hidden = index.closest(card, F.IN_HIDDEN_PANE) >= 0;
      if (system) { if (!hidden) systemCards++; continue; }
      const grouped = card < group.end ? group.state : null;
      // The selected tab (待回复) speaks for the cards in its panes only.
      const waiting = state ?? (countdown !== null || overdueTag ? 'waiting' : null) ?? grouped ?? (index.has(card, F.IN_PANE) ? tabState : null);
      if (waiting === null) { unknown++; continue; }
      if (waiting === 'answered') { if (!hidden) answered++; continue; }
      let secondsLeft: number | null = null;
      let overdue = overdueTag;
      if (countdown?.ok === true) { secondsLeft = countdown.seconds; overdue ||= countdown.overdue; }
      else if (countdown?.ok === false) garbled++;
      else if (time) {
        // The 3-minute line counts from the buyer's last message (S3: 180 000 ms after it arrives).
        secondsLeft = Math.floor((Date.parse(time) + REPLY_WITHIN_S * 1000 - now.getTime()) / 1000);
        overdue ||= secondsLeft <= 0;
      }
      sessions.push({ shown: countdown?.ok === true ? countdownShown : overdueTag ? '已超时' : null, secondsLeft, overdue, lastMessageAt: countdown ? null : time, hidden });
    }
    if (garbled) out.problem(`${garbled} 个待回复会话的倒计时读不懂，没有算进即将超时或已超时`);
    // Timestamps beside the list (the open chat's bubbles) are no sessions; only a list whose
    // every card has no state is a list that could not be read.
    const known = sessions.length + answered + systemCards;
    if (unknown && known === 0) out.problem(`${unknown} 个会话看不出是否待回复，没有计入`);
    const readable = known > 0 || listEmpty;
    if (!readable) out.miss('会话列表');
    const reading: ImReading = {
      ...base,
      status: out.status(readable),
      shop: readShop(tokenize(index, shopDict)),
      tab: tab ? clip(tab, 40) : null,
      page: null,
      sessions: sessions.slice(0, MAX_SESSIONS),
      counts: chatCounts(sessions),
      answered,
      systemCards,
      replyRate,
      missing: out.missing,
      problems: out.problems,
    };
    return reading;
  } catch (error) {
    return unreadableReading(base, failureText(error));
  }
}
