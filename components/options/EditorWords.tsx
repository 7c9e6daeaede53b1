import { useState } from 'preact/hooks';
import { editorMessages } from '@/lib/i18n/editor';
import type { Settings } from '@/lib/store/settings';

/**
 * What the editor cards changed, where the merchant can see and undo it: words ignored for
 * one saved product, and words always allowed. Each has its own undo button.
 */
export function EditorWords({ settings, save }: { settings: Settings; save: (next: Settings) => Promise<void> }) {
  const t = editorMessages(settings.language).options;
  const [done, setDone] = useState('');
  const products = Object.entries(settings.editor.ignored).filter(([, words]) => words.length > 0);
  const unignore = async (product: string, word: string) => {
    const rest = (settings.editor.ignored[product] ?? []).filter((w) => w !== word);
    const ignored = { ...settings.editor.ignored };
    if (rest.length) ignored[product] = rest; else delete ignored[product];
    await save({ ...settings, editor: { ...settings.editor, ignored } });
    setDone(t.undone(word));
  };
  const unallow = async (word: string) => {
    await save({ ...settings, words: { ...settings.words, allowList: settings.words.allowList.filter((w) => w !== word) } });
    setDone(t.undone(word));
  };
  return (
    <div class="editor-words">
      <h3>{t.ignoredTitle}</h3>
      {products.length === 0 ? <p class="hint">{t.ignoredNone}</p> : products.map(([product, words]) => (
        <ul key={product} aria-label={t.product(product.replace(/^item:/, ''))}>
          {words.map((w) => (
            <li key={w}>
              <span>{t.product(product.replace(/^item:/, ''))} · 「{w}」</span>{' '}
              <button type="button" class="button button--ghost" onClick={() => void unignore(product, w)}>{t.undo(w)}</button>
            </li>
          ))}
        </ul>
      ))}
      <h3>{t.allowedTitle}</h3>
      {settings.words.allowList.length === 0 ? <p class="hint">{t.allowedNone}</p> : (
        <ul aria-label={t.allowedTitle}>
          {settings.words.allowList.map((w) => (
            <li key={w}>「{w}」 <button type="button" class="button button--ghost" onClick={() => void unallow(w)}>{t.undo(w)}</button></li>
          ))}
        </ul>
      )}
      <p role="status" aria-live="polite" class="hint">{done}</p>
    </div>
  );
}
