import type { Assessment } from '@/lib/engine/assessment-schema';
import type { Messages } from '@/lib/i18n';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { formatScore } from '@/lib/format';
import { translator } from '@/lib/i18n';
import { STALE_AFTER_MS } from '@/lib/rules';
import { ExportCapture } from './ExportCapture';
import { ReadFrom, ShopLine } from './ReadFrom';
import { NewMerchantGlance } from './NewMerchantGlance';
import { ScoreMeter } from './ScoreMeter';

/** Where we send a merchant who has not opened the score page yet (DOMAIN.md §3.2: best known route). */
export const SCORE_PAGE_URL = 'https://s.kwaixiaodian.com/zone/cultivation/star/shop/star/class';

/** The glance without its storage notices (those are shown above it by StoreNotices). */
type Glance = Omit<ResponseOf<'glance/get'>, 'notices'>;

function Unreadable({ attempt, t, now }: { attempt: NonNullable<Glance['attempt']>; t: Messages; now: number }) {
  const items = [...attempt.missing.map(t.notFound), ...attempt.problems];
  return (
    <section class="notice notice--error" role="alert" aria-labelledby="unreadable-title">
      <h2 id="unreadable-title">{t.unreadableTitle}</h2>
      <p>{t.unreadableBody}</p>
      {items.length > 0 && (
        <ul>
          {items.slice(0, 8).map((item) => <li key={item}>{item}</li>)}
        </ul>
      )}
      <ReadFrom t={t} readAt={attempt.readAt} url={attempt.url} now={now} muted />
      <ExportCapture url={attempt.url} t={t} />
    </section>
  );
}

function Empty({ t }: { t: Messages }) {
  return (
    <section class="notice" aria-labelledby="empty-title">
      <h2 id="empty-title">{t.emptyTitle}</h2>
      <p>{t.emptyBody}</p>
      <a class="button" href={SCORE_PAGE_URL} target="_blank" rel="noopener noreferrer">{t.openScorePage}</a>
    </section>
  );
}

function Scores({ a, t, now, compact }: { a: Assessment; t: Messages; now: number; compact: boolean }) {
  const stale = now - new Date(a.readAt).getTime() > STALE_AFTER_MS;
  return (
    <>
      <ShopLine t={t} name={a.shopName} id={a.shopKey} />
      <ScoreMeter size="large" label={t.overall} value={a.overall.value} line={a.healthLine} estimated={a.overall.source === 'estimated'} t={t} />
      <h2 class="section-title">{t.dimensions}</h2>
      <div class="meters">
        {a.dimensions.map((d) => (
          <ScoreMeter key={d.id} label={d.label} value={d.value} line={a.healthLine} estimated={d.source === 'estimated'} t={t} />
        ))}
      </div>
      {!compact && a.weakest.length > 0 && (
        <>
          <h2 class="section-title" id="weakest-title">{t.weakest}</h2>
          <ul class="weakest" aria-labelledby="weakest-title">
            {a.weakest.map((i) => (
              <li key={i.id}>
                <span class="weakest__name">{i.label}</span>
                <span class="weakest__raw">{i.raw ?? t.noScore}</span>
                <span class={`weakest__score ${i.belowLine ? 'is-below' : ''}`}>
                  {formatScore(i.score)}
                  {i.belowLine && <span class="below-mark"> ▼<span class="sr-only">{translator(t.lang)('glance.belowMarker')}</span></span>}
                </span>
                {i.gateFailed && <span class="tag tag--gate">{t.gateFailed}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {a.status === 'partial' && <p class="muted">{t.partialNote(a.missing.length + a.problems.length)}</p>}
      {a.unreadDimensions.length > 0 && <p class="muted" role="note">{t.unreadDims(a.unreadDimensions.join(t.lang === 'en' ? ', ' : '、'))}</p>}
      <ReadFrom t={t} readAt={a.readAt} url={a.url} now={now} />
      {stale && <p class="notice notice--warn" role="status">{t.stale}</p>}
    </>
  );
}

/** The popup's glance: the latest assessment, or why there is none. */
export function Glance({ glance, t, now = Date.now(), compact = false }: { glance: Glance; t: Messages; now?: number; compact?: boolean }) {
  const { assessment, attempt, newMerchant } = glance;
  // A shop in its new-merchant phase is rated by 新商体验分; past it, by the formal score.
  if (newMerchant?.phase.status === 'in-phase') return <NewMerchantGlance nm={newMerchant} t={t} />;
  const graduated = newMerchant?.phase.status === 'graduated' ? newMerchant : null;
  const failedLast = attempt?.status === 'unreadable' && (!assessment || attempt.readAt > assessment.readAt);
  return (
    <>
      {graduated && <p class="notice" role="note">{t.nmGraduated(graduated.phase.shopAgeDays, graduated.phase.validOrders)}</p>}
      {failedLast && attempt && <Unreadable attempt={attempt} t={t} now={now} />}
      {assessment ? (
        <>
          {failedLast && <h2 class="section-title">{t.lastGood}</h2>}
          <Scores a={assessment} t={t} now={now} compact={compact} />
        </>
      ) : (
        !failedLast && <Empty t={t} />
      )}
    </>
  );
}
