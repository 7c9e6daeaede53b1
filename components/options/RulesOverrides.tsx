import { formatBands, parseBands } from '@/lib/options/bands-text';
import { DEFAULT_RULES } from '@/lib/rules';
import type { Settings } from '@/lib/store/settings';
import type { Translate } from '@/lib/i18n';
import { numberIn, TextSetting } from './fields';

/** Dimension weights and per-indicator estimation bands, each against its default. */
export function RulesOverrides({ settings, save, tr }: { settings: Settings; save: (s: Settings) => void; tr: Translate }) {
  const setWeight = (id: string, def: number, v: number) => {
    const weights = { ...settings.weights };
    if (v === def) delete weights[id]; else weights[id] = v;
    save({ ...settings, weights });
  };
  return (
    <>
      {(['three', 'five'] as const).map((gen) => (
        <details key={gen}>
          <summary>{tr('rules.summary', { gen: tr(`rules.gen.${gen}`) })}</summary>
          <p class="muted">{tr('rules.help')}</p>
          {DEFAULT_RULES.dimensions.filter((d) => d.generation === gen).map((d) => (
            <fieldset key={d.id} class="rules-dim">
              <legend>{d.labels[0]}</legend>
              <TextSetting label={tr('rules.weight', { label: d.labels[0] })} value={settings.weights[d.id] ?? d.weight} defaultValue={d.weight} format={String} tr={tr} check={numberIn(0.01, 100, false, tr)} onSave={(v) => setWeight(d.id, d.weight, v)} />
              {DEFAULT_RULES.indicators.filter((i) => i.dimension === d.id).map((i) => (
                <TextSetting
                  key={i.id}
                  wide
                  label={tr('rules.bands', { label: i.labels[0] })}
                  value={settings.bands[i.id] ?? i.bands}
                  defaultValue={i.bands}
                  format={formatBands}
                  tr={tr}
                  check={(text) => parseBands(text, i.direction, tr)}
                  hint={tr(i.direction === 'lower-better' ? 'rules.lowerBetter' : 'rules.higherBetter')}
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
