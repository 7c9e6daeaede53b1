/**
 * Official improvement guides and tool pages cited by the 2022 guide (DOMAIN.md §1.6).
 * Links open the platform's own pages; the extension never fetches them.
 */
export const GUIDES = {
  badReview: 'https://edu.kwaixiaodian.com/bbs/web/article?id=7732&layoutType=4',
  qualityRefund: 'https://edu.kwaixiaodian.com/bbs/web/article?id=8302',
  reply: 'https://edu.kwaixiaodian.com/bbs/web/article?id=1117&layoutType=4',
  goodRating: 'https://edu.kwaixiaodian.com/bbs/web/article?id=6318&layoutType=4',
  shipping: 'https://edu.kwaixiaodian.com/bbs/web/article?id=452&layoutType=4',
  pickup: 'https://university.kuaishou.com/kwaishop/lessons/d210c80a44b44c8e8ab9c91d5d435063',
  refundDuration: 'https://edu.kwaixiaodian.com/bbs/web/article?id=13151&layoutType=4',
  dispute: 'https://edu.kwaixiaodian.com/bbs/web/article?id=6817&layoutType=4',
  liveReport: 'https://edu.kwaixiaodian.com/bbs/web/article?id=14692&layoutType=4',
  trustBuy: 'https://edu.kwaixiaodian.com/bbs/web/article?id=12660&layoutType=4',
  maliciousReviewRule: 'https://edu.kwaixiaodian.com/rule/web/detail?id=4kBpxOu4tu',
  freightInsurance: 'https://s.kwaixiaodian.com/zone-origin/refund/freight-insurance/index',
  fastRefund: 'https://university.kwaixiaodian.com/kwaishop/knowledge/1429',
} as const;
