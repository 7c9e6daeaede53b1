import { attachChunk } from '@/lib/features/attach-chunk';
import { scorePageFeature } from '@/lib/features/score-page';

/** Feature chunk `score` (lib/features/chunks.ts): injected by the worker where the detector found its page. */
export default defineUnlistedScript(() => attachChunk('score', { features: [scorePageFeature] }));
