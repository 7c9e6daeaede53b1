import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { translator, type Messages } from '@/lib/i18n';

/**
 * A section the merchant can fold: the heading holds a button (aria-expanded), so screen
 * readers find it by heading and by region; jumping to it from the panel's menu unfolds it.
 */
export function Fold({ id, title, open: initial = true, level = 2, children }: { id: string; title: string; open?: boolean; level?: 2 | 3; children: ComponentChildren }) {
  const [open, setOpen] = useState(initial);
  // Until the merchant folds or unfolds it, the section follows what became urgent (the queue loads after the panel).
  const [touched, setTouched] = useState(false);
  useEffect(() => { if (!touched) setOpen(initial); }, [initial, touched]);
  useEffect(() => {
    const onHash = () => { if (location.hash === `#${id}`) setOpen(true); };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [id]);
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section id={id} class={`fold fold--${level}`} aria-labelledby={`${id}-title`}>
      <H class="section-title fold__title">
        <button type="button" id={`${id}-title`} class="fold__toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => { setTouched(true); setOpen(!open); }}>
          {/* A span, not CSS ::before: generated content would join the accessible name. */}
          <span class="fold__icon" aria-hidden="true">{open ? '▾' : '▸'}</span>
          {title}
        </button>
      </H>
      <div id={`${id}-body`} class="fold__body" hidden={!open}>{children}</div>
    </section>
  );
}

/** Opens the options page in a tab (or focuses it): both browsers, no extra permission. */
export function SettingsLink({ t }: { t: Messages }) {
  const tr = translator(t.lang);
  return (
    <a
      class="settings-link"
      href={browser.runtime.getURL('/options.html')}
      target="_blank"
      rel="noopener"
      onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage().catch(() => window.open(browser.runtime.getURL('/options.html'))); }}
    >
      {tr('nav.settings')}
    </a>
  );
}

/** The panel's menu: a link to each section present, most urgent first, and to settings. */
export function JumpMenu({ t, sections }: { t: Messages; sections: { id: string; label: string }[] }) {
  const tr = translator(t.lang);
  return (
    <nav class="jump" aria-label={tr('nav.jump')}>
      <ul>
        {sections.map((s) => <li key={s.id}><a href={`#${s.id}`}>{s.label}</a></li>)}
        <li><SettingsLink t={t} /></li>
      </ul>
    </nav>
  );
}
