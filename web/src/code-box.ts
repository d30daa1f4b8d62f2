/** "Code this text": pasted text is coded as you type (`POST /code`, nothing stored). */
import { ApiRequestError, api } from './api.js';
import { byId, clear, debounce, h } from './dom.js';
import { eventRow, highlightedText } from './events.js';

export function setupCodeBox(): void {
  const text = byId<HTMLTextAreaElement>('code-text');
  const date = byId<HTMLInputElement>('code-date');
  const dateline = byId<HTMLInputElement>('code-dateline');
  const status = byId('code-status');
  const list = byId('code-events');
  date.value = new Date().toISOString().slice(0, 10);
  let controller: AbortController | null = null;

  const run = debounce(async () => {
    const t = text.value;
    controller?.abort();
    if (t.trim() === '') {
      clear(list);
      status.textContent = '';
      return;
    }
    controller = new AbortController();
    status.textContent = 'coding…';
    try {
      const r = await api.code(
        {
          text: t,
          ...(date.value ? { date: date.value } : {}),
          ...(dateline.value.trim() ? { dateline: dateline.value.trim() } : {}),
        },
        controller.signal,
      );
      clear(list);
      status.textContent = `${r.events.length} event${r.events.length === 1 ? '' : 's'} in ${r.sentences} sentence${r.sentences === 1 ? '' : 's'}`;
      for (const e of r.events) {
        const li = eventRow(e);
        // the sentence with the evidence and actor words highlighted (offsets are into the pasted text)
        const kept = [...highlightedText(t, e).childNodes].filter(
          (n) => n instanceof HTMLElement && n.classList.contains('hl-sentence'),
        );
        li.querySelector('.sentence')?.replaceChildren(...(kept.length ? kept : [document.createTextNode(e.sentence)]));
        li.append(
          h(
            'div',
            { class: 'muted small' },
            `rule ${e.rule.id} · ${e.mode}${e.claimed_by ? ` · claimed by ${e.claimed_by.code}` : ''}`,
          ),
        );
        list.append(li);
      }
    } catch (e) {
      if ((e as Error).name === 'AbortError') return;
      clear(list);
      status.textContent = e instanceof ApiRequestError ? `${e.code}: ${e.message}` : 'could not reach the server';
    }
  }, 350);

  text.addEventListener('input', run);
  date.addEventListener('change', run);
  dateline.addEventListener('change', run);
}
