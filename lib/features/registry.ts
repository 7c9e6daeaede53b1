import type { PageReading } from '../pages/page-reading';
import { warn } from '../log';

export interface FeatureContext {
  url: URL;
  document: Document;
  /** Aborted on SPA navigation and when the extension is reloaded: tear everything down. */
  signal: AbortSignal;
  submit: (reading: PageReading) => Promise<void>;
}

export interface Feature {
  id: string;
  include: (url: URL) => boolean;
  init: (ctx: FeatureContext) => void | Promise<void>;
}

/**
 * Runs every feature that matches the page, each isolated: one broken feature (a page we
 * cannot read) logs and stops itself, never the others (Refined GitHub's pattern).
 */
export function runFeatures(features: readonly Feature[], ctx: FeatureContext): void {
  for (const feature of features) {
    try {
      if (!feature.include(ctx.url)) continue;
      void Promise.resolve(feature.init(ctx)).catch((error: unknown) => warn(feature.id, error));
    } catch (error) {
      warn(feature.id, error);
    }
  }
}
