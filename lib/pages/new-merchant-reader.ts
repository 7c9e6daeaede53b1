// Moved to kinds/new-merchant/{reader,page}.ts; this path stays while other modules migrate.
export { readNewMerchantPage, parseDays, parseOrders, parseProgress, taskKey } from './kinds/new-merchant/reader';
export { hasNewMerchantEvidence } from './kinds/new-merchant/page';
