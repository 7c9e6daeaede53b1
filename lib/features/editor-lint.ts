import { findEditorFields, type FieldRef } from '../pages/editor-fields';
import { isBackOffice } from '../pages/detect';
import { EditorSession } from './editor-session';
import type { Feature } from './registry';
import { watchDom } from './watch-dom';

const EDITOR_HINT = /\/goods\/.*(release|edit|add)|\/item\/.*edit/i;

/**
 * Banned-word warnings in the product editor. Forms render in steps (React first, the rich
 * editor after it), so the fields are looked for as the page settles, and the session is
 * rebuilt when a field appears or is replaced; the watch itself is bounded.
 */
export const editorLintFeature: Feature = {
  id: 'editor-lint',
  include: isBackOffice,
  init({ document, url, signal }) {
    const hinted = EDITOR_HINT.test(url.pathname);
    let session: EditorSession | null = null;
    let current: FieldRef[] = [];
    const same = (a: FieldRef[], b: FieldRef[]) => a.length === b.length && a.every((f, i) => f.el === b[i]!.el);
    // Chinese IME: nothing is checked or redrawn between compositionstart and compositionend.
    const ime = { composing: false };
    const onStart = () => { ime.composing = true; };
    const onEnd = () => { ime.composing = false; };
    document.addEventListener('compositionstart', onStart, true);
    document.addEventListener('compositionend', onEnd, true);
    signal.addEventListener('abort', () => {
      document.removeEventListener('compositionstart', onStart, true);
      document.removeEventListener('compositionend', onEnd, true);
    }, { once: true });
    watchDom(document, () => {
      if (signal.aborted) return;
      const fields = findEditorFields(document);
      if (!fields.some((f) => f.field === 'title') || (!hinted && fields.length < 2) || same(fields, current)) return;
      session?.destroy();
      current = fields;
      session = new EditorSession(fields, url, signal, ime);
    }, signal, { debounceMs: 200, maxMs: 30_000 });
  },
};
