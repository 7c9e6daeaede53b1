import { attachChunk } from '@/lib/features/attach-chunk';
import { capturePage } from '@/lib/pages/capture';

/** Feature chunk `capture` (lib/features/chunks.ts): the popup's sanitised page export, loaded when it asks. */
export default defineUnlistedScript(() => attachChunk('capture', { capture: (doc, url) => capturePage(doc, url) }));
