import type { Token, Tokenized } from './tokens';

/**
 * Which label governs each value. Walking the tokens in page order, a main label (an indicator
 * name, a dimension, the overall score) becomes the owner of what follows; a sub-label (得分,
 * 指标值, 行业均值, 较上周) keeps the owner but says which slot the next values fill; a short word
 * the reader does not know fences the owner off, so a number after an unknown label is never
 * credited to the label before it. Prose and status tags change nothing.
 */
export interface Governance {
  /** Token index of the owning main label (or fence word), or -1. */
  owner: number;
  /** Token index of the label that governs the slot: the owner itself or a sub-label. */
  via: number;
}

export interface GovernOptions {
  isMain: (tok: Token) => boolean;
  isSub: (tok: Token) => boolean;
  /** Tokens to leave out (read by a grid, or belonging to another floor). */
  skip?: (k: number) => boolean;
}

export function govern(tk: Tokenized, from: number, to: number, opts: GovernOptions): Map<number, Governance> {
  const out = new Map<number, Governance>();
  let owner = -1;
  let via = -1;
  for (let k = from; k < to; k++) {
    if (opts.skip?.(k)) continue;
    const tok = tk.tokens[k]!;
    if (tok.t === 'label') {
      if (opts.isMain(tok)) { owner = k; via = k; }
      else if (opts.isSub(tok)) via = k;
      continue;
    }
    if (tok.t === 'word') {
      // Text in the label's own run (「商品品质退款率 新」) annotates the label; it does not fence it.
      const sameRun = owner >= 0 && tk.tokens[owner]!.run === tok.run;
      if (!tok.prose && !sameRun) { owner = k; via = k; }
      continue;
    }
    out.set(k, { owner, via });
  }
  return out;
}

const byOwnerCache = new WeakMap<Map<number, Governance>, Map<number, Array<{ k: number; via: number }>>>();

/** The values an owner governs (in page order), each with the token that governs its slot. */
export function governedBy(gov: Map<number, Governance>, owner: number): Array<{ k: number; via: number }> {
  let byOwner = byOwnerCache.get(gov);
  if (!byOwner) {
    // One pass per governance, so a page with thousands of labels stays linear.
    byOwner = new Map();
    for (const [k, g] of gov) {
      const list = byOwner.get(g.owner);
      if (list) list.push({ k, via: g.via });
      else byOwner.set(g.owner, [{ k, via: g.via }]);
    }
    for (const list of byOwner.values()) list.sort((a, b) => a.k - b.k);
    byOwnerCache.set(gov, byOwner);
  }
  return byOwner.get(owner) ?? [];
}

