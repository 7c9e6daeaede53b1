import { browser } from 'wxt/browser';
import { z } from 'zod';

/** The weekly compliance review (DOMAIN.md §2, S1): what to check once a week. */
export const WEEKLY_ITEMS = [
  { id: 'titles', label: '商品标题：没有极限词、夸大和违规宣称' },
  { id: 'main-images', label: '主图：没有违规文字、牛皮癣和夸大效果' },
  { id: 'details', label: '详情页：功效宣称有依据，必要提示齐全' },
  { id: 'category', label: '类目：没有类目错放' },
  { id: 'brand', label: '品牌：没有品牌乱挂，授权齐全' },
] as const;

/** ISO week of a date, e.g. 2026-W48: marks reset each Monday. */
export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const marksSchema = z.array(z.string().max(40)).max(20);
const key = (week: string) => `weekly/${week}`;

export async function loadWeeklyMarks(week: string): Promise<string[]> {
  const parsed = marksSchema.safeParse((await browser.storage.local.get(key(week)))[key(week)]);
  return parsed.success ? parsed.data : [];
}

export async function saveWeeklyMarks(week: string, marks: readonly string[]): Promise<void> {
  await browser.storage.local.set({ [key(week)]: marksSchema.parse([...marks]) });
}
