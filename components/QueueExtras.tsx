import type { Queue } from '@/lib/engine/queue-schema';
import type { Lang } from '@/lib/i18n';
import { APPEAL_RULE_URL, chatsMessages, type ChatsMessages } from '@/lib/i18n/chats';
import { SafeLink } from './SafeLink';

type Chats = NonNullable<Queue['chats']>;
type Reviews = NonNullable<Queue['reviews']>;

function ChatsGroup({ chats, t, readAt }: { chats: Chats; t: ChatsMessages; readAt: string }) {
  const { waiting, dueSoon, overdue } = chats.counts;
  return (
    <section class="queue-group queue-group--chats" aria-labelledby="queue-chats">
      <h4 id="queue-chats" class="queue-title">{t.chatsTitle} <span class="queue-count">{waiting}</span></h4>
      <p>{t.chatsCounts(waiting, dueSoon, overdue)}<span class="muted"> · {readAt}</span></p>
      {chats.replyRate && <p>{t.replyRate(chats.replyRate.shown, chats.belowTarget === true)}</p>}
      {!chats.fresh && <p class="muted">{t.chatsStale}</p>}
      <p class="muted">{t.chatsAdvice} <SafeLink href={chats.url}>{t.openWorkbench}</SafeLink></p>
    </section>
  );
}

function ReviewsGroup({ reviews, t, readAt }: { reviews: Reviews; t: ChatsMessages; readAt: string }) {
  return (
    <section class="queue-group queue-group--reviews" aria-labelledby="queue-reviews">
      <h4 id="queue-reviews" class="queue-title">{t.reviewsTitle} <span class="queue-count">{reviews.unansweredBad + reviews.unansweredMiddling}</span></h4>
      <p>{t.reviewsCounts(reviews.unansweredBad, reviews.unansweredMiddling)}<span class="muted"> · {readAt}</span></p>
      <p class="muted">{t.reviewsAdvice}</p>
      <ul class="queue-list" aria-label={t.reviewsTitle}>
        {reviews.reviews.map((r, i) => (
          <li key={i}>
            <SafeLink href={reviews.url}>{r.rating === 'bad' ? t.bad : t.middling}</SafeLink>
            {' · '}{[r.date ?? t.noDate, r.product, r.answered === null ? t.answerUnknown : r.answered ? t.answered : t.unanswered, r.appeal ? t.appeal[r.appeal] : null, r.orderNo].filter(Boolean).join(' · ')}
          </li>
        ))}
      </ul>
      {reviews.page && <p class="muted">{t.pageOnly(reviews.page.current, reviews.page.total)}</p>}
      {reviews.perProduct.length > 0 && (
        <>
          <h5 class="queue-title" id="queue-reviews-products">{t.perProduct}</h5>
          <ul aria-labelledby="queue-reviews-products">{reviews.perProduct.map((p) => <li key={p.product}>{p.product} · {t.perProductRow(p.bad, p.middling)}</li>)}</ul>
        </>
      )}
      {reviews.rework.length > 0 && (
        <>
          <h5 class="queue-title" id="queue-rework">{t.reworkTitle}</h5>
          <p class="muted">{t.reworkAdvice}</p>
          <ul aria-labelledby="queue-rework">{reviews.rework.map((p) => <li key={p.title}>{p.title} · {t.reworkRow(p.badRateShown)}</li>)}</ul>
        </>
      )}
      <AppealHelper t={t} />
    </section>
  );
}

/** What the rule asks for when appealing a malicious review; a link to the rule. Nothing is written for the merchant. */
export function AppealHelper({ t }: { t: ChatsMessages }) {
  return (
    <details class="appeal-helper">
      <summary>{t.appealTitle}</summary>
      <p>{t.appealIntro}</p>
      <ul aria-label={t.appealTitle}>{t.appealEvidence.map((e) => <li key={e}>{e}</li>)}</ul>
      <p><SafeLink href={APPEAL_RULE_URL}>{t.appealRule}</SafeLink></p>
      <p class="muted">{t.appealNever}</p>
    </details>
  );
}

/** 「今日待办」's workbench and 评价管理 groups (issue 14), each shown once its page was read. */
export function QueueExtras({ queue, lang, ago }: { queue: Queue; lang: Lang; ago: (iso: string) => string }) {
  const t = chatsMessages(lang);
  return (
    <>
      {queue.chats && <ChatsGroup chats={queue.chats} t={t} readAt={ago(queue.chats.readAt)} />}
      {queue.reviews && <ReviewsGroup reviews={queue.reviews} t={t} readAt={ago(queue.reviews.readAt)} />}
    </>
  );
}
