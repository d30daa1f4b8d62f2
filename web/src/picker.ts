/** An actor type-ahead: suggestions from `GET /actors?q=` (codes and names), keyboard and mouse. */
import { type ActorSuggestion, api } from './api.js';
import { clear, debounce, h } from './dom.js';

export interface Picker {
  set(code: string): void;
  readonly value: string;
}

export function createPicker(host: HTMLElement, label: string, onChange: (code: string) => void): Picker {
  const id = host.id;
  const input = h('input', {
    type: 'text',
    id: `${id}-input`,
    'aria-label': label,
    placeholder: label,
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
    spellcheck: 'false',
  });
  const list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'suggestions', hidden: true });
  host.append(input, list);
  let value = '';
  let items: ActorSuggestion[] = [];
  let active = -1;
  let controller: AbortController | null = null;

  const labelOf = (a: { code: string; name: string | null }) => (a.name ? `${a.name} (${a.code})` : a.code);

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };

  const render = () => {
    clear(list);
    items.forEach((a, i) => {
      const li = h(
        'li',
        {
          role: 'option',
          'data-code': a.code,
          'aria-selected': i === active ? 'true' : 'false',
          class: i === active ? 'active' : '',
        },
        h('span', { class: 'code' }, a.code),
        ' ',
        h('span', { class: 'name' }, a.name ?? ''),
        a.events > 0 ? h('span', { class: 'n' }, `${a.events}`) : null,
      );
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        choose(a);
      });
      list.append(li);
    });
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
  };

  const choose = (a: ActorSuggestion) => {
    value = a.code;
    input.value = labelOf(a);
    close();
    onChange(value);
  };

  const search = debounce(async (q: string) => {
    controller?.abort();
    controller = new AbortController();
    try {
      const r = await api.actors(q, 12, controller.signal);
      items = [...r.actors];
      active = items.length ? 0 : -1;
      if (document.activeElement === input) render();
    } catch {
      // aborted or failed: keep the list as it was
    }
  }, 120);

  input.addEventListener('input', () => search(input.value.trim()));
  input.addEventListener('focus', () => {
    input.select();
    search(value && input.value.includes(`(${value})`) ? '' : input.value.trim());
  });
  input.addEventListener('blur', () => {
    close();
    // typed a bare code and left: take it
    const typed = input.value.trim().toUpperCase();
    if (/^[A-Z0-9]{3,30}$/.test(typed) && typed !== value) {
      value = typed;
      onChange(value);
    } else if (typed === '' && value) {
      value = '';
      onChange('');
    }
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!items.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const a = items[active];
      if (a && !list.hidden) choose(a);
    } else if (e.key === 'Escape') close();
  });

  return {
    get value() {
      return value;
    },
    set(code: string) {
      value = code;
      input.value = code;
      if (!code) return;
      void api
        .actors(code, 5)
        .then((r) => {
          const hit = r.actors.find((a) => a.code === code);
          if (hit && value === code && document.activeElement !== input) input.value = labelOf(hit);
        })
        .catch(() => undefined);
    },
  };
}
