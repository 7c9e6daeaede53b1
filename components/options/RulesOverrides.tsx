import { formatBands, parseBands } from '@/lib/options/bands-text';
import { DEFAULT_RULES } from '@/lib/rules';
import type { Settings } from '@/lib/store/settings';
import { numberIn, TextSetting } from './fields';

const GEN_LABEL = { five: '旧版五维度', three: '新版三维度' } as const;

/** Dimension weights and per-indicator estimation bands, each against its default. */
export function RulesOverrides({ settings, save }: { settings: Settings; save: (s: Settings) => void }) {
  const setWeight = (id: string, def: number, v: number) => {
    const weights = { ...settings.weights };
    if (v === def) delete weights[id]; else weights[id] = v;
    save({ ...settings, weights });
  };
  return (
    <>
      {(['three', 'five'] as const).map((gen) => (
        <details key={gen}>
          <summary>{GEN_LABEL[gen]}：维度权重与指标估算区间</summary>
          <p class="muted">权重只在页面没有显示某个分数、需要估算时使用。估算区间格式：上限=得分，用逗号分隔（越高越好的指标写下限，从大到小）。</p>
          {DEFAULT_RULES.dimensions.filter((d) => d.generation === gen).map((d) => (
            <fieldset key={d.id} class="rules-dim">
              <legend>{d.labels[0]}</legend>
              <TextSetting label={`${d.labels[0]} 权重`} value={settings.weights[d.id] ?? d.weight} defaultValue={d.weight} format={String} check={numberIn(0.01, 100)} onSave={(v) => setWeight(d.id, d.weight, v)} />
              {DEFAULT_RULES.indicators.filter((i) => i.dimension === d.id).map((i) => (
                <TextSetting
                  key={i.id}
                  wide
                  label={`${i.labels[0]} 估算区间`}
                  value={settings.bands[i.id] ?? i.bands}
                  defaultValue={i.bands}
                  format={formatBands}
                  check={(text) => parseBands(text, i.direction)}
                  hint={i.direction === 'lower-better' ? '越低越好' : '越高越好'}
                  onSave={(v) => {
                    const bands = { ...settings.bands };
                    if (formatBands(v) === formatBands(i.bands)) delete bands[i.id]; else bands[i.id] = v;
                    save({ ...settings, bands });
                  }}
                />
              ))}
            </fieldset>
          ))}
        </details>
      ))}
    </>
  );
}
