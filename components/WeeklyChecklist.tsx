import { useEffect, useState } from 'preact/hooks';
import { translator, type Messages } from '@/lib/i18n';
import { isoWeek, loadWeeklyMarks, saveWeeklyMarks, WEEKLY_ITEMS } from '@/lib/store/weekly';

/** This week's compliance review; marks persist per week (storage.local), fresh every Monday. */
export function WeeklyChecklist({ t, now = new Date() }: { t: Messages; now?: Date }) {
  const week = isoWeek(now);
  const tr = translator(t.lang);
  const [marks, setMarks] = useState<string[] | null>(null);
  useEffect(() => { loadWeeklyMarks(week).then(setMarks, () => setMarks([])); }, [week]);
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...(marks ?? []), id] : (marks ?? []).filter((m) => m !== id);
    setMarks(next);
    void saveWeeklyMarks(week, next);
  };
  return (
    <section aria-labelledby="sec-weekly">
      <h3 id="sec-weekly" class="section-title">{t.weeklyTitle(week)}</h3>
      {marks === null ? <p role="status">{t.loading}</p> : (
        <ul class="weekly" aria-labelledby="sec-weekly">
          {WEEKLY_ITEMS.map((item) => (
            <li key={item.id}>
              <label><input type="checkbox" checked={marks.includes(item.id)} onChange={(e) => toggle(item.id, e.currentTarget.checked)} /> {tr(`weekly.${item.id}`)}</label>
            </li>
          ))}
        </ul>
      )}
      {marks !== null && <p class="muted">{t.weeklyDone(marks.length, WEEKLY_ITEMS.length)}</p>}
    </section>
  );
}
