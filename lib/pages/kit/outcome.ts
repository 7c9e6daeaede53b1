import { clip } from './fold';

/**
 * What a reader could not find (`missing`, in the page's own words) and could not understand
 * (`problems`). Bounded and clipped here, once, so a hostile page can never make a reading fail
 * its schema: a 160-character cell becomes a clipped problem, not an unreadable page.
 */
export class Outcome {
  readonly missing: string[] = [];
  readonly problems: string[] = [];

  miss(label: string): void {
    const l = clip(label, 80);
    if (this.missing.length < 60 && !this.missing.includes(l)) this.missing.push(l);
  }

  problem(text: string): void {
    const p = clip(text, 160);
    if (this.problems.length < 60 && !this.problems.includes(p)) this.problems.push(p);
  }

  /** 「商品品质退款率：「4.10」不是百分比」: the label, what the page shows, and why it was not taken. */
  badValue(label: string, shown: string, why: string): void {
    this.problem(`${clip(label, 40)}：「${clip(shown, 40)}」${why}`);
  }

  status(readable: boolean): 'ok' | 'partial' | 'unreadable' {
    if (!readable) return 'unreadable';
    return this.missing.length || this.problems.length ? 'partial' : 'ok';
  }
}

/** The problem text for a reader that failed: the reason clipped, never the stack. */
export function failureText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return clip(`读取出错：${message}`, 160);
}
