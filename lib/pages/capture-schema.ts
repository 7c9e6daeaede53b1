import { z } from 'zod';
import type { CaptureNode, PageCapture } from './capture';

/** What the popup accepts back from a tab's capture chunk (lib/pages/capture.ts) before saving it. */
export const captureNodeSchema: z.ZodType<CaptureNode> = z.lazy(() =>
  z.object({ tag: z.string(), role: z.string().optional(), cls: z.string().optional(), text: z.string().optional(), children: z.array(captureNodeSchema).optional() }),
);

export const pageCaptureSchema: z.ZodType<PageCapture> = z.object({
  version: z.literal(1),
  page: z.string(),
  capturedAt: z.string(),
  truncated: z.boolean(),
  root: captureNodeSchema,
});
