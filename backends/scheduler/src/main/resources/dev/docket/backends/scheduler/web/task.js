// One task: its parameters, outputs, log tail, timings, status message, progress, tracking URL,
// what it requires, its history across runs, and the messages the page sent it with the task's
// answers. A message can be sent while the task runs; the task reads it through TaskContext.

import * as api from './api.js';
import {clear, el, fmtDuration, fmtTime, progressBar, stateBadge, throttle} from './dom.js';

export function taskView(ctx, params) {
  const key = params.key;
  const node = el('section', {class: 'task-view', id: 'task-page'},
      el('p', {class: 'muted', text: 'Loading task ' + key + '…'}));
  const messageList = el('ul', {id: 'messages', class: 'messages'});
  const input = el('input', {id: 'message-text', type: 'text', size: 48, maxlength: 4000,
    placeholder: 'a message for the running task', 'aria-label': 'message'});
  const send = el('button', {id: 'message-send', type: 'submit', text: 'Send'});
  const sendNote = el('span', {id: 'message-note', class: 'muted', role: 'status'});
  const form = el('form', {id: 'message-form', class: 'message-form'}, input, send, sendNote);
  // Rebuilt at each update above and below; the messages in between stay, so an update does
  // not take the focus from a message being typed.
  const top = el('div');
  const bottom = el('div');
  const messages = section('Messages', messageList, form);
  let task = null;
  const depIds = new Map(); // key -> Promise of its id, asked once

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) {
      return;
    }
    send.disabled = true;
    try {
      const {id} = await api.post(api.taskPath(key) + '/messages', {text});
      input.value = '';
      sendNote.textContent = 'Sent (message ' + id + '); the task sees it at its next look.';
      await load();
    } catch (error) {
      sendNote.textContent = error instanceof api.ApiError ? error.message : String(error);
      if (error instanceof api.Unauthorized) {
        ctx.failed(error);
      }
    } finally {
      send.disabled = false;
    }
  });

  async function load() {
    task = await api.get(api.taskPath(key));
    ctx.families.add(task.family);
    render();
  }

  function render() {
    const running = task.state === 'running';
    input.disabled = !running;
    send.disabled = !running;
    if (!running && !sendNote.textContent) {
      sendNote.textContent = 'Messages go to running tasks only.';
    } else if (running && sendNote.textContent === 'Messages go to running tasks only.') {
      sendNote.textContent = '';
    }
    if (!node.contains(messages)) {
      clear(node).append(top, messages, bottom);
    }
    clear(top).append(
        el('h2', {id: 'task-id', text: task.id}),
        el('p', {class: 'task-state'}, stateBadge(task.state), ' ',
            el('span', {id: 'task-message', class: 'message', text: task.message || ''}), ' ',
            progressBar(task.progress)),
        facts(),
        section('Parameters', paramsTable(task.params)),
        section('Outputs', list(task.outputs, 'No outputs reported.', 'outputs')),
        section('Requires', deps()));
    clear(bottom).append(
        section('Log tail', el('pre', {id: 'log-tail', class: 'log',
          text: task.logTail || '(nothing yet)'})),
        section('History', historyTable(task.history)));
    showMessages();
  }

  function facts() {
    const rows = [
      ['Family', task.family],
      ['Workflow', task.workflow],
      ['Worker', task.worker],
      ['Started', fmtTime(task.started)],
      ['Finished', fmtTime(task.finished)],
      ['Duration', fmtDuration(task.durationMillis)],
      ['Updated', fmtTime(task.updated)],
    ].filter(([, value]) => value);
    const table = el('table', {class: 'facts'},
        rows.map(([name, value]) => el('tr', {}, el('th', {text: name}), el('td', {text: value}))));
    if (task.trackingUrl) {
      table.append(el('tr', {}, el('th', {text: 'Tracking'}), el('td', {},
          el('a', {id: 'tracking-url', href: task.trackingUrl, target: '_blank',
            rel: 'noopener noreferrer', text: task.trackingUrl}))));
    }
    return table;
  }

  function deps() {
    if (!task.deps || task.deps.length === 0) {
      return el('p', {class: 'muted', text: 'Nothing.'});
    }
    const items = el('ul', {class: 'deps'});
    for (const dep of task.deps.slice(0, 200)) {
      const link = el('a', {href: '#/task/' + dep, text: 'task ' + dep});
      items.append(el('li', {}, link));
      if (!depIds.has(dep)) {
        depIds.set(dep, api.get(api.taskPath(dep)).then((d) => d.id).catch(() => null));
      }
      depIds.get(dep).then((id) => {
        if (id) {
          link.textContent = id;
        }
      });
    }
    if (task.deps.length > 200) {
      items.append(el('li', {class: 'muted', text: '… and ' + (task.deps.length - 200) + ' more'}));
    }
    return items;
  }

  function showMessages() {
    clear(messageList);
    for (const message of task.messages || []) {
      messageList.append(el('li', {dataset: {id: message.id}},
          el('span', {class: 'sent', text: message.text}),
          ' → ',
          message.answer !== null && message.answer !== undefined
              ? el('span', {class: 'answer', text: message.answer})
              : el('span', {class: 'muted',
                text: message.delivered ? 'delivered, no answer yet' : 'waiting for the task'})));
    }
    if (!task.messages || task.messages.length === 0) {
      messageList.append(el('li', {class: 'muted', text: 'No messages.'}));
    }
  }

  const reload = throttle(() => load().catch(ctx.failed), 500);
  load().catch(ctx.failed);

  return {
    node,
    update(events) {
      for (const event of events) {
        const data = event.data;
        if ((event.type === 'task' && String(data.key) === String(key))
            || (event.type === 'message' && String(data.task) === String(key))) {
          reload();
        }
      }
    },
  };
}

function section(title, ...content) {
  return el('section', {class: 'part'}, el('h3', {text: title}), ...content);
}

function paramsTable(params) {
  const entries = Object.entries(params || {});
  if (entries.length === 0) {
    return el('p', {class: 'muted', text: 'No parameters.'});
  }
  return el('table', {class: 'params', id: 'task-params'},
      entries.map(([name, value]) => el('tr', {}, el('th', {text: name}), el('td', {text: value}))));
}

function list(items, empty, id) {
  if (!items || items.length === 0) {
    return el('p', {class: 'muted', text: empty});
  }
  return el('ul', {id}, items.map((item) => el('li', {text: item})));
}

function historyTable(history) {
  if (!history || history.length === 0) {
    return el('p', {class: 'muted', text: 'No runs yet.'});
  }
  return el('table', {class: 'history', id: 'task-history'},
      el('tr', {}, ['Run', 'State', 'Started', 'Finished', 'Duration'].map((h) => el('th', {text: h}))),
      history.map((h) => el('tr', {},
          el('td', {}, el('a', {href: '#/graph/' + h.run, text: '#' + h.run})),
          el('td', {}, stateBadge(h.state)),
          el('td', {text: fmtTime(h.started)}),
          el('td', {text: fmtTime(h.finished)}),
          el('td', {text: fmtDuration(h.durationMillis)}))));
}
