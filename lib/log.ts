/**
 * The one console line format, every surface: `[kwaishop-copilot] <feature>: …`. Console lines
 * are for whoever debugs (a bug report's console), so they are English and name the feature;
 * what the merchant must know is told in the UI, never only here.
 */
export const LOG_PREFIX = '[kwaishop-copilot]';

export function warn(feature: string, ...details: unknown[]): void {
  console.warn(`${LOG_PREFIX} ${feature}:`, ...details);
}
