import { OVERALL_LABELS, type Generation, type RulePack } from '../rules';
import { LabelIndex, cardOf } from './label-index';
import { asScore, type ParsedValue } from './parse-value';
import { scoreReadingSchema, type IndicatorReading, type ScoreReading } from './reading';
import { readPartners } from './partners-reader';
import { readTableRow } from './table-row';
import { textOf } from './text';
import { readSlot } from './value-slots';

interface ScoreOutcome { score: number | null; problem: string | null; found: boolean }

function scoreFrom(label: string, slot: { parsed: ParsedValue; text: string } | null): ScoreOutcome {
  if (!slot) return { score: null, problem: null, found: false };
  if (slot.parsed.kind === 'empty') return { score: null, problem: null, found: true };
  const score = asScore(slot.parsed);
  if (score === null) return { score: null, problem: `${label}：「${slot.text}」不是有效的分数`, found: true };
  return { score, problem: null, found: true };
}

function rawValue(slot: { parsed: ParsedValue; text: string } | null): Pick<IndicatorReading, 'value' | 'unit' | 'raw'> & { problem: boolean } {
  if (!slot) return { value: null, unit: null, raw: null, problem: false };
  const p = slot.parsed;
  if (p.kind === 'number') return { value: p.value, unit: p.unit, raw: slot.text.slice(0, 60), problem: false };
  return { value: null, unit: null, raw: slot.text.slice(0, 60), problem: p.kind === 'garbage' };
}

function gateOf(text: string): IndicatorReading['gate'] {
  if (/门槛不达标|未达标|不达标/.test(text)) return 'not-met';
  if (/门槛达标|已达标|达标/.test(text)) return 'met';
  return null;
}

/** Reads the shop name and id where the page header shows them. */
function readShop(root: ParentNode): ScoreReading['shop'] {
  const scope = (root as Document).body ?? (root as Element);
  const text = scope.textContent ?? '';
  const id = /店铺\s*ID\s*[:：]?\s*(\d{3,20})/i.exec(text)?.[1] ?? null;
  const name = /店铺名称\s*[:：]\s*([^\s|｜]{1,40})/.exec(text)?.[1] ?? null;
  return { id, name };
}

/**
 * Label-anchored reader for either generation of the 购物体验分 page. Finds each label by
 * its visible text, then the value in the same card or table row. Never throws: anything it
 * cannot find or understand goes into `missing` / `problems`, and unknown values stay null.
 */
export function readScorePage(root: ParentNode, url: URL, rules: RulePack, now: Date = new Date()): ScoreReading {
  const missing: string[] = [];
  const problems: string[] = [];
  try {
    const index = new LabelIndex(root);
    // A column header (合作商家楼层's 「购物体验分」 column) names other shops' scores, never ours.
    const notHeader = (el: Element) => !el.closest('th, [role="columnheader"]');
    const overallEls = index.find(OVERALL_LABELS).filter(notHeader);
    const dimEls = new Map(rules.dimensions.map((d) => [d.id, index.find(d.labels).filter(notHeader)]));
    const allDimEls = [...dimEls.values()].flat();
    const indEls = new Map(rules.indicators.map((i) => [i.id, index.find(i.labels)]));
    const allIndEls = [...indEls.values()].flat();

    // Dimensions of each generation: a label counts only when its card holds a score slot.
    const dimensionsOf = (gen: Generation) =>
      rules.dimensions
        .filter((d) => d.generation === gen)
        .map((d) => {
          for (const el of dimEls.get(d.id) ?? []) {
            if (el.closest('tr, [role="row"]')) continue; // a dimension name inside an indicator table is not its card
            const card = cardOf(el, [...allDimEls, ...overallEls]);
            const outcome = scoreFrom(d.labels[0]!, readSlot(card, el, 'score', allIndEls));
            if (outcome.found) return { rule: d, el, card, ...outcome };
          }
          return { rule: d, el: null, card: null, score: null, problem: null, found: false };
        });
    const five = dimensionsOf('five');
    const three = dimensionsOf('three');
    const countFound = (l: typeof five) => l.filter((d) => d.found).length;
    const generation: ScoreReading['generation'] =
      countFound(five) === 0 && countFound(three) === 0 ? 'unknown' : countFound(three) >= countFound(five) ? 'three' : 'five';
    const dims = generation === 'five' ? five : generation === 'three' ? three : [];

    // Overall: the first 购物体验分 label whose card (not holding dimensions) has a score.
    let overall: ScoreOutcome = { score: null, problem: null, found: false };
    for (const el of overallEls) {
      const card = cardOf(el, allDimEls);
      const outcome = scoreFrom(OVERALL_LABELS[0]!, readSlot(card, el, 'score', allDimEls));
      if (outcome.found) { overall = outcome; break; }
    }
    if (!overall.found) missing.push(OVERALL_LABELS[0]!);
    if (overall.problem) problems.push(overall.problem);

    for (const d of dims) {
      if (!d.found) missing.push(d.rule.labels[0]!);
      if (d.problem) problems.push(d.problem);
    }

    const indicators: IndicatorReading[] = [];
    const genIndicators = rules.indicators.filter((i) => generation !== 'unknown' && i.generation === generation);
    for (const rule of genIndicators) {
      const el = (indEls.get(rule.id) ?? [])[0];
      if (!el) { missing.push(rule.labels[0]!); continue; }
      const row = readTableRow(el);
      let scoreSlot; let valueSlot; let context: string;
      if (row) {
        scoreSlot = row.score; valueSlot = row.value; context = row.rowText;
      } else {
        const card = cardOf(el, [...allIndEls, ...allDimEls, ...overallEls]);
        scoreSlot = readSlot(card, el, 'score');
        valueSlot = readSlot(card, el, 'value', [], scoreSlot?.el ?? null);
        context = textOf(card);
      }
      const s = scoreFrom(rule.labels[0]!, scoreSlot);
      const v = rawValue(valueSlot);
      if (s.problem) problems.push(s.problem);
      if (v.problem) problems.push(`${rule.labels[0]}：「${v.raw}」不是有效的指标值`);
      // The dimension is the card the row sits in, falling back to the rule pack.
      const inDim = dims.find((d) => d.card?.contains(el));
      indicators.push({
        id: rule.id, label: rule.labels[0]!, dimensionId: inDim?.rule.id ?? rule.dimension,
        score: s.score, value: v.value, unit: v.unit, raw: v.raw, gate: gateOf(context),
      });
    }

    const readable = overall.score !== null || dims.some((d) => d.score !== null);
    const status: ScoreReading['status'] = !readable ? 'unreadable' : missing.length || problems.length ? 'partial' : 'ok';
    return scoreReadingSchema.parse({
      kind: 'score', generation, status, url: url.href.slice(0, 2000), readAt: now.toISOString(), shop: readShop(root),
      overall: overall.score,
      dimensions: dims.filter((d) => d.found).map((d) => ({ id: d.rule.id, label: d.rule.labels[0]!, score: d.score })),
      indicators, partners: readPartners(index), missing: missing.slice(0, 60), problems: problems.slice(0, 60),
    });
  } catch (error) {
    // A reader must never take the page down: report the failure as an unreadable reading.
    return {
      kind: 'score', generation: 'unknown', status: 'unreadable', url: url.href.slice(0, 2000), readAt: now.toISOString(),
      shop: { id: null, name: null }, overall: null, dimensions: [], indicators: [], partners: [],
      missing: [OVERALL_LABELS[0]!], problems: [`读取出错：${String(error).slice(0, 120)}`],
    };
  }
}
