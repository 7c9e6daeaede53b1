import { attachChunk } from '@/lib/features/attach-chunk';
import { ordersPageFeature } from '@/lib/features/orders-page';

/** Feature chunk `orders` (lib/features/chunks.ts): injected by the worker where the detector found the order list. */
export default defineUnlistedScript(() => attachChunk('orders', { features: [ordersPageFeature] }));
