// Moved to kinds/new-merchant/reading.ts; this path stays while other modules migrate.
export * from './kinds/new-merchant/reading';
