import { hasScoreEvidence, scoreUrlHint } from '../pages/kinds/score/page';
import { readScorePage } from '../pages/kinds/score/reader';
import { DEFAULT_RULES } from '../rules/default-rules';
import { pageReaderFeature } from './page-reader';
import { isRendered } from './visibility';

/** Reads the 购物体验分 page (either generation, any layout). */
export const scorePageFeature = pageReaderFeature({
  id: 'score-page',
  kind: 'score',
  urlHint: scoreUrlHint,
  evidence: hasScoreEvidence,
  read: (doc, url) => readScorePage(doc, url, DEFAULT_RULES, { isVisible: isRendered }),
  worthReporting: (r) => r.generation !== 'unknown' || r.problems.length > 0,
});
