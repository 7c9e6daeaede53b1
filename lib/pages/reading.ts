// Moved to kinds/score/reading.ts; this path stays while other modules migrate.
export * from './kinds/score/reading';
