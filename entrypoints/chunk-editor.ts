import { attachChunk } from '@/lib/features/attach-chunk';
import { editorLintFeature } from '@/lib/features/editor-lint';

/** Feature chunk `editor` (lib/features/chunks.ts): injected by the worker where the detector found its page. */
export default defineUnlistedScript(() => attachChunk('editor', { features: [editorLintFeature] }));
