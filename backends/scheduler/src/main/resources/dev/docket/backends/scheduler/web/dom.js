// Small helpers that build the page from data without ever parsing it as HTML: every text the
// scheduler sends (task ids, parameters, messages, logs) goes in through textContent or an
// attribute, so a parameter such as <img onerror=...> shows as text.

export const STATES = ['pending', 'running', 'done', 'failed', 'upstream-failed', 'disabled'];

const STATE_LABELS = {
  pending: 'pending',
  running: 'running',
  done: 'done',
  failed: 'failed',
  'upstream-failed': 'failed upstream',
  disabled: 'disabled',
};

export function stateLabel(state) {
  return STATE_LABELS[state] || String(state);
}

/**
 * An element: el('a', {class: 'x', href: '#/', text: 'go', on: {click: f}}, child, ...).
 * Children are nodes or strings (made text nodes); null and undefined are skipped.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  apply(node, props);
  append(node, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes, like el(). */
export function svg(tag, props = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  apply(node, props);
  append(node, children);
  return node;
}

function apply(node, props) {
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name === 'text') {
      node.textContent = String(value);
    } else if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) {
        node.addEventListener(event, handler);
      }
    } else if (name === 'dataset') {
      for (const [key, data] of Object.entries(value)) {
        node.dataset[key] = String(data);
      }
    } else if (name === 'href') {
      node.setAttribute('href', safeHref(String(value)));
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Links of our own (#/...) and http(s) links only: never javascript: or data:. */
export function safeHref(href) {
  if (href.startsWith('#') || href.startsWith('/')) {
    return href;
  }
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch (e) {
    return '#';
  }
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

export function stateBadge(state) {
  return el('span', {class: 'badge state-' + state, text: stateLabel(state)});
}

/** A progress bar for 0..1, or nothing when the task reports none. */
export function progressBar(progress) {
  if (typeof progress !== 'number') {
    return el('span', {class: 'muted', text: ''});
  }
  const fraction = Math.max(0, Math.min(1, progress));
  const bar = el('span', {class: 'progress', title: Math.round(fraction * 100) + ' %'},
      el('span', {class: 'progress-fill'}));
  bar.firstChild.style.width = (fraction * 100).toFixed(1) + '%';
  return bar;
}

export function fmtTime(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  return isNaN(date) ? String(iso) : date.toLocaleString();
}

export function fmtDuration(millis) {
  if (typeof millis !== 'number') {
    return '';
  }
  if (millis < 1000) {
    return millis + ' ms';
  }
  const seconds = millis / 1000;
  if (seconds < 60) {
    return seconds.toFixed(1) + ' s';
  }
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) {
    return minutes + ' min ' + Math.round(seconds % 60) + ' s';
  }
  return Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' min';
}

export function fmtAgo(iso, now = Date.now()) {
  if (!iso) {
    return '';
  }
  const seconds = Math.round((now - new Date(iso).getTime()) / 1000);
  return seconds < 1 ? 'just now' : fmtDuration(seconds * 1000) + ' ago';
}

export function fmtCount(n) {
  return Number(n || 0).toLocaleString('en');
}

/** Calls fn at most once per `millis`, with the last arguments, trailing. */
export function throttle(fn, millis) {
  let timer = null;
  let last = 0;
  let pending = null;
  return (...args) => {
    pending = args;
    if (timer) {
      return;
    }
    const wait = Math.max(0, last + millis - Date.now());
    timer = setTimeout(() => {
      timer = null;
      last = Date.now();
      const call = pending;
      pending = null;
      fn(...call);
    }, wait);
  };
}
