// Moved to kit/evidence.ts; this path stays while other modules migrate.
export * from './kit/evidence';
