import { attachChunk } from '@/lib/features/attach-chunk';
import { imPageFeature } from '@/lib/features/im-page';

/** Feature chunk `im` (lib/features/chunks.ts): injected by the worker where the detector found the workbench. */
export default defineUnlistedScript(() => attachChunk('im', { features: [imPageFeature] }));
