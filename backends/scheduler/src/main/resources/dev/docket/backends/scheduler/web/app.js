// The page's frame: the counts by state on top (live), the views chosen by the address's hash
// (#/tasks, #/task/KEY, #/graph/RUN, #/workers, #/runs) and the server-sent events that keep
// them current. Events are gathered and handed to the view a few times a second, so a
// scheduler answering thousands of updates a second does not redraw thousands of times.

import * as api from './api.js';
import {clear, el, fmtCount, stateLabel, STATES, throttle} from './dom.js';
import {graphView} from './graph.js';
import {runsView, workersView} from './lists.js';
import {taskView} from './task.js';
import {tasksView} from './tasks.js';

const view = document.getElementById('view');
const counts = document.getElementById('counts');
const live = document.getElementById('live');
const notice = document.getElementById('notice');
let current = null;
let queue = [];

const ctx = {
  families: new Set(),
  navigate(hash) {
    location.hash = hash;
  },
  /** Changes the address without opening the view again (filters typed on the page). */
  replaceHash(hash) {
    history.replaceState(null, '', hash);
  },
  failed(error) {
    if (error instanceof api.Unauthorized) {
      showLoginHint();
    } else {
      clear(notice).append(el('p', {class: 'error', text: String(error.message || error)}));
    }
  },
};

function showLoginHint() {
  clear(notice).append(el('p', {id: 'login-hint', class: 'error',
    text: 'Not logged in: open the login link the scheduler printed when it started'
        + ' (…/login?token=…); the token is in its token file.'}));
}

function route() {
  if (current && current.dispose) {
    current.dispose();
  }
  clear(notice);
  const hash = location.hash || '#/tasks';
  const [path, query] = hash.substring(1).split('?');
  const parts = path.split('/').filter((p) => p).map(decodeURIComponent);
  const params = Object.fromEntries(new URLSearchParams(query || ''));
  const name = parts[0] || 'tasks';
  if (name === 'task' && parts[1]) {
    current = taskView(ctx, {key: parts[1]});
  } else if (name === 'graph') {
    current = graphView(ctx, {...params, run: parts[1]});
  } else if (name === 'workers') {
    current = workersView(ctx);
  } else if (name === 'runs') {
    current = runsView(ctx);
  } else {
    current = tasksView(ctx, params);
  }
  for (const link of document.querySelectorAll('nav a')) {
    link.classList.toggle('active', link.dataset.view === (name === 'task' ? 'tasks' : name));
  }
  clear(view).append(current.node);
}

async function showCounts() {
  const summary = await api.get('summary');
  // Every family the scheduler knows, also those of tasks no list has loaded yet (the filter).
  const known = ctx.families.size;
  (summary.families || []).forEach((name) => ctx.families.add(name));
  if (ctx.families.size !== known && current && current.familiesChanged) {
    current.familiesChanged();
  }
  clear(counts);
  for (const state of STATES) {
    counts.append(el('a', {class: 'count state-' + state, href: '#/tasks?state=' + state,
      id: 'count-' + state},
    el('span', {class: 'number', text: fmtCount(summary.counts[state])}),
    el('span', {class: 'name', text: stateLabel(state)})));
  }
  counts.append(el('a', {class: 'count', href: '#/workers', id: 'count-workers'},
      el('span', {class: 'number', text: fmtCount(summary.workers)}),
      el('span', {class: 'name', text: 'workers'})));
  counts.append(el('a', {class: 'count', href: '#/runs', id: 'count-runs'},
      el('span', {class: 'number', text: fmtCount(summary.runs)}),
      el('span', {class: 'name', text: 'runs'})));
}

const refreshCounts = throttle(() => showCounts().catch(ctx.failed), 1000);

const flush = throttle(() => {
  const events = queue;
  queue = [];
  if (events.length > 0 && current && current.update) {
    current.update(events);
  }
  refreshCounts();
}, 250);

function listen() {
  const source = new EventSource('/api/events');
  for (const type of ['task', 'worker', 'run', 'message']) {
    source.addEventListener(type, (e) => {
      let data;
      try {
        data = JSON.parse(e.data);
      } catch (error) {
        return;
      }
      queue.push({type, data});
      flush();
    });
  }
  let opened = false;
  source.addEventListener('open', () => {
    live.textContent = 'live';
    live.className = 'live on';
    refreshCounts();
    if (opened) {
      route(); // back after a break: events were missed, so the view asks again
    }
    opened = true;
  });
  source.addEventListener('error', () => {
    live.textContent = 'reconnecting…';
    live.className = 'live off';
    // a 401 ends the stream for good: say why instead of retrying in silence
    api.get('summary').catch(ctx.failed);
  });
}

window.addEventListener('hashchange', route);
showCounts().then(() => {
  route();
  listen();
}).catch((error) => {
  ctx.failed(error);
  route();
});
