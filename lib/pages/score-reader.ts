// Moved to kinds/score/reader.ts; this path stays while other modules migrate.
export { readScorePage } from './kinds/score/reader';
