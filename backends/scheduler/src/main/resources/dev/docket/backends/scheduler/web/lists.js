// The workers (host, pid, the tasks they run, their last heartbeat) and the history of runs
// (root task, worker, times, counts by state), both asked for again when events say they moved.

import * as api from './api.js';
import {clear, el, fmtAgo, fmtCount, fmtDuration, fmtTime, stateLabel, STATES, throttle} from './dom.js';

export function workersView(ctx) {
  const rows = el('tbody', {id: 'worker-rows'});
  const node = el('section', {class: 'workers-view'},
      el('table', {class: 'workers', id: 'workers'},
          el('thead', {}, el('tr', {}, ['Worker', 'Host', 'PID', 'Tasks', 'Last heartbeat']
              .map((h) => el('th', {text: h})))),
          rows));

  async function load() {
    const {workers} = await api.get('workers');
    clear(rows);
    for (const worker of workers) {
      const tasks = el('td', {class: 'worker-tasks'});
      worker.tasks.slice(0, 20).forEach((key, i) => {
        tasks.append(i ? ', ' : '', el('a', {href: '#/task/' + key, text: 'task ' + key}));
      });
      if (worker.tasks.length > 20) {
        tasks.append(' … ' + fmtCount(worker.tasks.length) + ' in all');
      }
      if (worker.tasks.length === 0) {
        tasks.append(el('span', {class: 'muted', text: 'idle'}));
      }
      rows.append(el('tr', {dataset: {id: worker.id}},
          el('td', {text: worker.id}),
          el('td', {text: worker.host}),
          el('td', {text: worker.pid}),
          tasks,
          el('td', {title: fmtTime(worker.lastHeartbeat), text: fmtAgo(worker.lastHeartbeat)})));
    }
    if (workers.length === 0) {
      rows.append(el('tr', {}, el('td', {colspan: 5, class: 'muted', text: 'No worker is registered.'})));
    }
  }

  const reload = throttle(() => load().catch(ctx.failed), 1000);
  load().catch(ctx.failed);
  const ticking = setInterval(reload, 5000); // "n s ago" moves on
  return {
    node,
    update(events) {
      if (events.some((e) => e.type === 'worker' || e.type === 'task')) {
        reload();
      }
    },
    dispose() {
      clearInterval(ticking);
    },
  };
}

export function runsView(ctx) {
  const rows = el('tbody', {id: 'run-rows'});
  const node = el('section', {class: 'runs-view'},
      el('table', {class: 'runs', id: 'runs'},
          el('thead', {}, el('tr', {}, ['Run', 'Requested task', 'Worker', 'Started', 'Finished',
            'Duration', 'Tasks', 'States'].map((h) => el('th', {text: h})))),
          rows));

  async function load() {
    const {runs} = await api.get('runs', {limit: 200});
    clear(rows);
    for (const run of runs) {
      const took = run.started && run.finished
          ? new Date(run.finished).getTime() - new Date(run.started).getTime() : null;
      const states = el('td', {class: 'run-states'});
      for (const state of STATES) {
        const n = run.counts ? run.counts[state] : 0;
        if (n) {
          states.append(el('span', {class: 'badge state-' + state,
            text: fmtCount(n) + ' ' + stateLabel(state)}), ' ');
        }
      }
      rows.append(el('tr', {dataset: {id: run.id}},
          el('td', {}, el('a', {href: '#/graph/' + run.id, title: 'the graph of this run',
            text: '#' + run.id})),
          el('td', {}, el('a', {href: '#/tasks?q=' + encodeURIComponent(run.root), text: run.root})),
          el('td', {text: run.worker || ''}),
          el('td', {text: fmtTime(run.started)}),
          el('td', {text: run.finished ? fmtTime(run.finished) : 'running'}),
          el('td', {text: fmtDuration(took)}),
          el('td', {text: fmtCount(run.tasks)}),
          states));
    }
    if (runs.length === 0) {
      rows.append(el('tr', {}, el('td', {colspan: 8, class: 'muted', text: 'No run yet.'})));
    }
  }

  const reload = throttle(() => load().catch(ctx.failed), 1000);
  load().catch(ctx.failed);
  return {
    node,
    update(events) {
      if (events.some((e) => e.type === 'run' || e.type === 'task')) {
        reload();
      }
    },
  };
}
