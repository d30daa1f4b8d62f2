/**
 * The words-and-deeds panel of the pair view: each statement with its status, its evidence (opens
 * the story, as the event list does) and the deed that settled it. Built with `h()`: text only.
 */
import type { LedgerResponse, LedgerStatement } from '../../src/ledger/ledger.js';
import { clear, formatDate, h } from './dom.js';
import { cameoName } from './events.js';

export interface LedgerPanel {
  show(r: LedgerResponse): void;
  message(text: string, error?: boolean): void;
}

const STATUS_TITLES: Record<string, string> = {
  kept: 'a deed followed that fulfils it',
  broken: 'the speaker did the opposite',
  defied: 'the addressee refused or did again what it was asked to stop',
  open: 'nothing yet, and the window is not over',
  lapsed: 'the window is over and nothing followed',
};

function link(label: string, title: string, onOpen: () => void): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'ledger-link', title }, label);
  b.addEventListener('click', (e) => {
    e.stopPropagation();
    onOpen();
  });
  return b;
}

function item(
  s: LedgerStatement,
  byId: ReadonlyMap<string, LedgerStatement>,
  onOpen: (eventId: string) => void,
): HTMLLIElement {
  const deed = s.deed;
  // a rejection answering an earlier statement is a reply, not a commitment waiting to be kept
  const reply = s.reply_to !== null && !deed;
  const answered = s.reply_to ? byId.get(s.reply_to) : undefined;
  const status = reply ? 'reply' : s.status;
  return h(
    'li',
    { class: `ledger-item status-${status}`, 'data-statement-id': s.id, 'data-status': status },
    h(
      'div',
      { class: 'line1' },
      h('span', { class: 'day' }, formatDate(s.date)),
      h('span', { class: 'dyad' }, `${s.source} → ${s.target}`),
      h('span', { class: 'kind' }, s.kind),
      h('span', { class: 'cameo', title: `${s.kind}; expected to act: ${s.expected}` }, `${s.cameo} ${s.name}`),
      h(
        'span',
        {
          class: `ledger-status status-${status}`,
          title: reply ? 'a rejection answering an earlier statement' : (STATUS_TITLES[s.status] ?? ''),
        },
        status,
      ),
    ),
    s.sentence ? h('div', { class: 'sentence' }, s.sentence) : null,
    h(
      'div',
      { class: 'ledger-links' },
      link(
        s.events.length > 1 ? `evidence (${s.events.length} reports)` : 'evidence',
        'open the story of the statement',
        () => onOpen(s.id),
      ),
      deed
        ? link(
            `${s.status === 'kept' ? 'kept by' : `${s.status} by`} ${deed.cameo} ${cameoName(deed.cameo)} (${deed.source} → ${deed.target ?? '?'}, ${deed.day})`,
            'open the story of the deed that settled it',
            () => onOpen(deed.id),
          )
        : reply && s.reply_to
          ? link(
              `reply to ${answered ? `${answered.source}'s ${answered.kind} (${answered.cameo} ${answered.name}, ${formatDate(answered.date)})` : 'an earlier statement'}`,
              'open the story of the statement it answers',
              () => onOpen(s.reply_to as string),
            )
          : h(
              'span',
              { class: 'muted' },
              s.status === 'open' ? `window open until ${s.window_end}` : `nothing followed by ${s.window_end}`,
            ),
    ),
  );
}

export function createLedgerPanel(
  list: HTMLElement,
  summary: HTMLElement,
  onOpen: (eventId: string) => void,
): LedgerPanel {
  return {
    show(r) {
      clear(list);
      const t = r.totals;
      const share = t.followed === null ? '—' : `${Math.round(t.followed * 100)}%`;
      summary.textContent = `${t.statements} statements (window ${r.window_days} days, as of ${r.as_of ?? '—'}): ${t.kept} kept, ${t.broken} broken, ${t.defied} defied, ${t.open} open, ${t.lapsed} lapsed; followed by deeds: ${share}${r.truncated ? ' (latest shown)' : ''}`;
      summary.classList.remove('error');
      const byId = new Map(r.statements.map((s) => [s.id, s]));
      for (const s of r.statements) list.append(item(s, byId, onOpen));
      if (r.statements.length === 0)
        list.append(h('li', { class: 'note' }, 'No promises, demands or threats between these two.'));
    },
    message(text, error = false) {
      clear(list);
      summary.textContent = text;
      summary.classList.toggle('error', error);
    },
  };
}

/** The panel's DOM, placed after the timeline charts. */
export function mountLedgerPanel(after: HTMLElement): { list: HTMLElement; summary: HTMLElement } {
  const summary = h('div', { id: 'ledger-summary', class: 'note' });
  const list = h('ol', { id: 'ledger', class: 'events ledger', 'data-testid': 'ledger' });
  const panel = h('section', { class: 'panel', id: 'ledger-panel' }, h('h2', {}, 'Words and deeds'), summary, list);
  after.after(panel);
  return { list, summary };
}
