import type { BackgroundDeps } from '@/lib/background/deps';
import type { BadgeState } from '@/lib/engine/badge';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/store/settings';
import type { ScoreReading } from '@/lib/pages/reading';

/** A reading as the score reader would produce it, with overrides for the case at hand. */
export function reading(over: Partial<ScoreReading> = {}): ScoreReading {
  return {
    kind: 'score', generation: 'three', status: 'ok', url: 'https://s.kwaixiaodian.com/zone/experience/score',
    readAt: '2026-11-23T02:00:00.000Z', shop: { id: '7654321', name: '小林鲜果' },
    overall: 4.31,
    dimensions: [
      { id: 'goods-exp', label: '商品体验', score: 4.21 },
      { id: 'logistics-exp', label: '物流体验', score: 4.36 },
      { id: 'aftersale-svc', label: '售后服务', score: 4.62 },
    ],
    indicators: [
      { id: 'quality-refund-rate', label: '商品品质退款率', dimensionId: 'goods-exp', score: 4.1, value: 0.85, unit: 'percent', raw: '0.85%', gate: null },
      { id: 'quality-bad-review-rate', label: '商品质量差评率', dimensionId: 'goods-exp', score: 4.32, value: 0.4, unit: 'percent', raw: '0.40%', gate: null },
      { id: 'platform-help-rate', label: '平台求助率', dimensionId: 'aftersale-svc', score: 4.66, value: 0.8, unit: 'percent', raw: '0.80%', gate: null },
    ],
    partners: [], period: null, unreadDimensions: [], missing: [], problems: [],
    ...over,
  };
}

/** The worker's injected effects, recorded: badges set, notifications shown, and the settings it reads. */
export function recordingWorker() {
  const w = {
    badges: [] as BadgeState[],
    notes: [] as { title: string; message: string }[],
    settings: DEFAULT_SETTINGS as Settings,
    deps: undefined as unknown as BackgroundDeps,
    reset() { w.badges = []; w.notes = []; w.settings = DEFAULT_SETTINGS; },
  };
  w.deps = {
    setBadge: async (b) => void w.badges.push(b),
    notify: async (title, message) => void w.notes.push({ title, message }),
    settings: async () => w.settings,
  };
  return w;
}
