import type { EditableEl } from '../pages/editor-fields';
import { textModel } from '../overlay/text-model';

/**
 * Replaces [start, end) of a field the way typing would: focus, select, execCommand
 * ('insertText'). The page's own editor (React state, Quill's model) sees a normal input
 * event, and Ctrl+Z undoes it. Returns false when the text there is no longer `expected`.
 */
export function replaceText(el: EditableEl, start: number, end: number, expected: string, replacement: string): boolean {
  el.focus();
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    if (el.value.slice(start, end) !== expected) return false;
    el.setSelectionRange(start, end);
    if (!document.execCommand('insertText', false, replacement)) {
      // Fallback for browsers without insertText: the native setter plus an input event, so React notices.
      const proto = el instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, el.value.slice(0, start) + replacement + el.value.slice(end));
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return true;
  }
  const range = textModel(el).range(start, end);
  if (!range || range.toString() !== expected) return false;
  const sel = getSelection();
  if (!sel) return false;
  sel.removeAllRanges();
  sel.addRange(range);
  return document.execCommand('insertText', false, replacement);
}

/** Scrolls a field into view and selects [start, end): the side panel's "show me". */
export function revealText(el: EditableEl, start: number, end: number): void {
  el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  el.focus();
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    el.setSelectionRange(start, end);
    return;
  }
  const range = textModel(el).range(start, end);
  if (!range) return;
  const sel = getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}
