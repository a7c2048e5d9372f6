// Tasks by state: filter by state and family, search in the id (which holds the parameters,
// e.g. dataset=ttbar), a page of 100 at a time. Live: rows change in place as events arrive,
// and the list is asked for again at most once a second so filters stay right.

import * as api from './api.js';
import {clear, el, fmtCount, fmtTime, progressBar, stateBadge, stateLabel, STATES, throttle} from './dom.js';

const PAGE = 100;

export function tasksView(ctx, params) {
  let filter = {
    state: params.state || '',
    family: params.family || '',
    q: params.q || '',
    offset: Number(params.offset) || 0,
  };
  const stateSelect = el('select', {id: 'filter-state', 'aria-label': 'state'},
      el('option', {value: '', text: 'any state'}),
      STATES.map((s) => el('option', {value: s, text: stateLabel(s)})));
  const familySelect = el('select', {id: 'filter-family', 'aria-label': 'family'});
  const search = el('input', {id: 'filter-q', type: 'search', size: 36,
    placeholder: 'search ids and parameters, e.g. dataset=ttbar', value: filter.q});
  const rows = el('tbody', {id: 'task-rows'});
  const pager = el('div', {class: 'pager'});
  const node = el('section', {class: 'tasks-view'},
      el('div', {class: 'toolbar'},
          el('label', {}, 'State ', stateSelect),
          el('label', {}, 'Family ', familySelect),
          el('label', {}, 'Search ', search)),
      el('table', {class: 'tasks', id: 'tasks'},
          el('thead', {}, el('tr', {},
              ['State', 'Task', 'Status message', 'Progress', 'Worker', 'Updated']
                  .map((h) => el('th', {text: h})))),
          rows),
      pager);
  stateSelect.value = filter.state;
  const shown = new Map(); // key -> {row, cells}

  function fillFamilies() {
    const current = filter.family;
    const names = new Set([...ctx.families]);
    if (current) {
      names.add(current);
    }
    const sorted = [...names].sort();
    const listed = [...familySelect.options].map((option) => option.value);
    // Rebuilt only when the families changed: a rebuild closes a list the user has open.
    if (listed.length !== sorted.length + 1
        || sorted.some((name, i) => listed[i + 1] !== name)) {
      clear(familySelect).append(el('option', {value: '', text: 'any family'}));
      for (const name of sorted) {
        familySelect.append(el('option', {value: name, text: name}));
      }
    }
    familySelect.value = current;
  }

  function changed(reset = true) {
    if (reset) {
      filter.offset = 0;
    }
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(filter)) {
      if (value) {
        query.set(name, String(value));
      }
    }
    const text = query.toString();
    ctx.replaceHash('#/tasks' + (text ? '?' + text : ''));
    load();
  }

  stateSelect.addEventListener('change', () => {
    filter.state = stateSelect.value;
    changed();
  });
  familySelect.addEventListener('change', () => {
    filter.family = familySelect.value;
    changed();
  });
  const typed = throttle(() => {
    filter.q = search.value.trim();
    changed();
  }, 300);
  search.addEventListener('input', typed);

  let loading = 0;
  async function load() {
    const ticket = ++loading;
    const answer = await api.get('tasks', {state: filter.state, family: filter.family,
      q: filter.q, limit: PAGE, offset: filter.offset});
    if (ticket !== loading) {
      return; // a newer query is on its way
    }
    answer.tasks.forEach((t) => ctx.families.add(t.family));
    fillFamilies();
    clear(rows);
    shown.clear();
    for (const task of answer.tasks) {
      const row = makeRow(task);
      shown.set(task.key, row);
      rows.append(row.tr);
    }
    if (answer.tasks.length === 0) {
      rows.append(el('tr', {}, el('td', {colspan: 6, class: 'muted', text: 'No task matches.'})));
    }
    showPager(answer.total);
  }

  function makeRow(task) {
    const cells = {
      state: el('td', {class: 'state'}),
      message: el('td', {class: 'message'}),
      progress: el('td', {class: 'progress-cell'}),
      worker: el('td', {class: 'worker'}),
      updated: el('td', {class: 'updated'}),
    };
    const tr = el('tr', {dataset: {key: task.key}},
        cells.state,
        el('td', {class: 'id'}, el('a', {href: '#/task/' + task.key, text: task.id})),
        cells.message, cells.progress, cells.worker, cells.updated);
    const row = {tr, cells, task};
    paint(row);
    return row;
  }

  function paint(row) {
    const {task, cells, tr} = row;
    tr.dataset.state = task.state;
    clear(cells.state).append(stateBadge(task.state));
    cells.message.textContent = task.message || '';
    clear(cells.progress).append(progressBar(task.progress));
    cells.worker.textContent = task.worker || '';
    cells.updated.textContent = fmtTime(task.updated);
  }

  function showPager(total) {
    clear(pager);
    const first = total === 0 ? 0 : filter.offset + 1;
    const last = Math.min(total, filter.offset + PAGE);
    pager.append(el('span', {id: 'task-total',
      text: fmtCount(first) + '–' + fmtCount(last) + ' of ' + fmtCount(total) + ' tasks'}));
    const move = (offset) => {
      filter.offset = Math.max(0, offset);
      changed(false);
    };
    pager.append(el('button', {type: 'button', text: '‹ previous', disabled: filter.offset === 0,
      on: {click: () => move(filter.offset - PAGE)}}));
    pager.append(el('button', {type: 'button', text: 'next ›', disabled: last >= total,
      on: {click: () => move(filter.offset + PAGE)}}));
  }

  const reload = throttle(() => load().catch(ctx.failed), 1000);

  fillFamilies();
  load().catch(ctx.failed);

  return {
    node,
    familiesChanged: fillFamilies,
    update(events) {
      let any = false;
      for (const event of events) {
        if (event.type !== 'task') {
          continue;
        }
        any = true;
        const row = shown.get(event.data.key);
        if (row) {
          for (const field of ['state', 'message', 'progress', 'worker']) {
            if (field in event.data) {
              row.task[field] = event.data[field];
            }
          }
          row.task.updated = new Date().toISOString();
          paint(row);
        }
      }
      if (any) {
        reload();
      }
    },
  };
}
