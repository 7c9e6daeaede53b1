import { hasScoreEvidence, scoreUrlHint } from '../pages/detect';
import { readScorePage } from '../pages/score-reader';
import { DEFAULT_RULES } from '../rules';
import { pageReaderFeature } from './page-reader';

/** Reads the 购物体验分 page (either generation). */
export const scorePageFeature = pageReaderFeature({
  id: 'score-page',
  kind: 'score',
  urlHint: scoreUrlHint,
  evidence: hasScoreEvidence,
  read: (doc, url) => readScorePage(doc, url, DEFAULT_RULES),
  worthReporting: (r) => r.generation !== 'unknown' || r.problems.length > 0,
});
