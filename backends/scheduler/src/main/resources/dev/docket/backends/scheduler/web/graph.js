// The dependency graph of a run, drawn as SVG: the requested task on top, what it requires
// below, each box filled by its state. A family (or a workflow's branches) is one box with its
// counts until clicked; a large run starts collapsed by family, so ten thousand tasks are a
// few boxes. Live: boxes are recoloured in place as tasks change state.

import * as api from './api.js';
import {clear, el, fmtCount, stateLabel, STATES, svg, throttle} from './dom.js';
import {BOX_HEIGHT, BOX_WIDTH, boxesAcross, boxState, countStates, groupName, layout, route, visible} from './layout.js';

/** Above this many tasks, a run's graph opens collapsed by family. */
const COLLAPSE_ABOVE = 60;
const MODES = [['none', 'nothing'], ['family', 'family'], ['workflow', 'workflow']];

export function graphView(ctx, params) {
  const runSelect = el('select', {id: 'graph-run', 'aria-label': 'run'});
  const modeSelect = el('select', {id: 'graph-collapse', 'aria-label': 'collapse by'},
      MODES.map(([value, label]) => el('option', {value, text: label})));
  const info = el('span', {id: 'graph-info', class: 'muted'});
  const chips = el('div', {id: 'graph-expanded', class: 'chips'});
  const canvas = el('div', {id: 'graph-canvas', class: 'graph-canvas'});
  const node = el('section', {class: 'graph-view'},
      el('div', {class: 'toolbar'},
          el('label', {}, 'Run ', runSelect),
          el('label', {}, 'Collapse by ', modeSelect),
          el('button', {id: 'graph-expand-all', type: 'button', text: 'Expand all',
            on: {click: () => setExpanded(allGroups())}}),
          el('button', {id: 'graph-collapse-all', type: 'button', text: 'Collapse all',
            on: {click: () => setExpanded(new Set())}}),
          el('span', {class: 'zoom'},
              el('button', {type: 'button', title: 'zoom out', text: '−', on: {click: () => zoomBy(1 / 1.25)}}),
              el('button', {type: 'button', title: 'zoom in', text: '+', on: {click: () => zoomBy(1.25)}}),
              el('button', {type: 'button', title: 'fit the width', text: 'fit', on: {click: () => fit()}})),
          info),
      chips,
      legend(),
      canvas);

  let graph = null;
  let byKey = new Map();
  let mode = params.by || null;
  let expanded = new Set();
  let zoom = null;
  let drawn = null; // {boxes, layout, svg, parts: Map<boxId, {...}>}
  let followNewest = !params.run;

  runSelect.addEventListener('change', () => {
    followNewest = false;
    ctx.replaceHash('#/graph/' + encodeURIComponent(runSelect.value));
    loadGraph(runSelect.value);
  });
  modeSelect.addEventListener('change', () => {
    mode = modeSelect.value;
    expanded = new Set();
    render();
  });

  async function loadRuns() {
    const {runs} = await api.get('runs', {limit: 100});
    clear(runSelect);
    for (const run of runs) {
      runSelect.append(el('option', {value: run.id, text: '#' + run.id + ' ' + run.root}));
    }
    if (runs.length === 0) {
      clear(canvas).append(el('p', {class: 'muted', text: 'No run has registered its graph yet.'}));
      return;
    }
    const chosen = params.run && runs.some((r) => String(r.id) === String(params.run))
        ? params.run : runs[0].id;
    runSelect.value = String(chosen);
    await loadGraph(chosen);
  }

  async function loadGraph(run) {
    graph = await api.get('runs/' + encodeURIComponent(run) + '/graph');
    byKey = new Map(graph.nodes.map((n) => [n.key, n]));
    graph.nodes.forEach((n) => ctx.families.add(n.family));
    if (!mode) {
      mode = graph.nodes.length > COLLAPSE_ABOVE ? 'family' : 'none';
    }
    expanded = new Set();
    zoom = null;
    render();
  }

  function allGroups() {
    const groups = new Set();
    if (drawn) {
      for (const box of drawn.boxes.values()) {
        if (box.group && box.id === box.group && !box.group.includes('|more')) {
          groups.add(box.group);
        }
      }
    }
    return new Set([...groups, ...expanded]);
  }

  function setExpanded(groups) {
    expanded = groups;
    render();
  }

  function zoomBy(factor) {
    zoom = Math.max(0.05, Math.min(4, (zoom || 1) * factor));
    applyZoom();
  }

  function fit() {
    zoom = null;
    applyZoom();
  }

  function applyZoom() {
    if (!drawn) {
      return;
    }
    const {width, height} = drawn.layout;
    const scale = zoom || Math.max(0.2, Math.min(1, (canvas.clientWidth - 4) / width || 1));
    drawn.svg.setAttribute('width', Math.ceil(width * scale));
    drawn.svg.setAttribute('height', Math.ceil(height * scale));
  }

  function render() {
    if (!graph) {
      return;
    }
    modeSelect.value = mode;
    const {boxes, arrows} = visible(graph, mode, expanded);
    const placed = layout(boxes, arrows, boxesAcross(canvas.clientWidth));
    const picture = svg('svg', {id: 'graph-svg', class: 'graph',
      viewBox: '0 0 ' + placed.width + ' ' + placed.height, role: 'img',
      'aria-label': 'dependency graph of run ' + graph.run});
    picture.append(svg('defs', {}, svg('marker', {id: 'arrow', viewBox: '0 0 10 10', refX: 10,
      refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse'},
    svg('path', {d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head'}))));
    const lines = svg('g', {class: 'edges'});
    for (const [from, to] of arrows) {
      const {points, straight} = route(placed.positions.get(from), placed.positions.get(to));
      let d;
      if (straight) {
        const [[x1, y1], [x2, y2]] = points;
        const bend = Math.max(20, Math.abs(y2 - y1) / 2);
        d = `M ${x1} ${y1} C ${x1} ${y1 + bend} ${x2} ${y2 - bend} ${x2} ${y2}`;
      } else {
        d = points.map(([x, y], i) => (i === 0 ? 'M ' : 'L ') + x + ' ' + y).join(' ');
      }
      lines.append(svg('path', {class: 'edge', 'marker-end': 'url(#arrow)', d,
        dataset: {from, to}}));
    }
    picture.append(lines);
    const parts = new Map();
    const layer = svg('g', {class: 'nodes'});
    for (const box of boxes.values()) {
      const part = drawBox(box, placed.positions.get(box.id));
      parts.set(box.id, part);
      layer.append(part.g);
    }
    picture.append(layer);
    drawn = {boxes, layout: placed, svg: picture, parts};
    clear(canvas).append(picture);
    applyZoom();
    showChips();
    const groups = [...boxes.values()].filter((b) => b.id === b.group).length;
    info.textContent = fmtCount(graph.nodes.length) + ' tasks in ' + fmtCount(boxes.size)
        + ' boxes' + (groups ? ' (' + groups + ' collapsed: click one to expand it)' : '');
  }

  function drawBox(box, at) {
    const collapsed = box.id === box.group;
    const g = svg('g', {class: 'node ' + (collapsed ? 'group' : 'task'),
      transform: `translate(${at.x} ${at.y})`, tabindex: 0,
      dataset: collapsed ? {group: box.group} : {key: box.members[0].key}});
    const rect = svg('rect', {width: BOX_WIDTH, height: BOX_HEIGHT, rx: 6});
    const title = svg('title');
    const label = svg('text', {x: 8, y: 18, class: 'label',
      text: clip(collapsed ? box.label + ' ×' + fmtCount(box.members.length) : box.label, 27)});
    const sub = svg('text', {x: 8, y: 36, class: 'sub'});
    const bar = svg('g', {class: 'bar'});
    g.append(title, rect, label, sub, bar);
    const open = () => {
      if (collapsed) {
        expanded.add(box.group);
        render();
      } else {
        ctx.navigate('#/task/' + box.members[0].key);
      }
    };
    g.addEventListener('click', open);
    g.addEventListener('keydown', (e) => e.key === 'Enter' && open());
    const part = {g, rect, title, sub, bar, box, collapsed};
    paint(part);
    return part;
  }

  function paint(part) {
    const {box, collapsed} = part;
    const counts = countStates(box.members);
    const state = collapsed ? boxState(counts, box.members.length) : box.members[0].state;
    part.g.setAttribute('data-state', state);
    part.rect.setAttribute('class', 'frame fill-' + state);
    if (collapsed) {
      const summary = STATES.filter((s) => counts[s])
          .map((s) => fmtCount(counts[s]) + ' ' + stateLabel(s)).join(' · ');
      part.sub.textContent = clip(summary, 34);
      part.title.textContent = box.label + ': ' + fmtCount(box.members.length)
          + ' tasks (' + summary + '); click to expand';
      clear(part.bar);
      let x = 0;
      for (const s of STATES) {
        if (counts[s]) {
          const w = (BOX_WIDTH - 12) * counts[s] / box.members.length;
          part.bar.append(svg('rect', {x: 6 + x, y: BOX_HEIGHT - 7, width: w, height: 4,
            class: 'fill-' + s + ' segment'}));
          x += w;
        }
      }
    } else {
      part.sub.textContent = stateLabel(state);
      part.title.textContent = box.label + ': ' + stateLabel(state);
    }
  }

  const repaint = throttle(() => {
    if (drawn) {
      drawn.parts.forEach(paint);
    }
  }, 400);

  function showChips() {
    clear(chips);
    for (const group of [...expanded].filter((g) => !g.includes('|more')).sort()) {
      const name = chipName(group);
      chips.append(el('span', {class: 'chip', dataset: {group}}, name + ' ',
          el('button', {type: 'button', class: 'collapse', title: 'collapse ' + name,
            text: 'collapse', on: {click: () => {
              for (const key of [...expanded]) {
                if (key === group || key.startsWith(group + '|')) {
                  expanded.delete(key);
                }
              }
              render();
            }}})));
    }
  }

  loadRuns().catch(ctx.failed);

  return {
    node,
    update(events) {
      let changed = false;
      for (const event of events) {
        if (event.type === 'task' && graph) {
          const task = byKey.get(event.data.key);
          if (task && event.data.state && task.state !== event.data.state) {
            task.state = event.data.state;
            changed = true;
          }
        } else if (event.type === 'run' && event.data.state === 'started' && followNewest) {
          loadRuns().catch(ctx.failed);
        }
      }
      if (changed) {
        repaint();
      }
    },
  };
}

function legend() {
  return el('div', {class: 'legend'},
      [...STATES, 'partly'].map((s) => el('span', {class: 'legend-item'},
          el('span', {class: 'swatch fill-' + s}), s === 'partly' ? 'partly done' : stateLabel(s))));
}

/** `family:Skim` is Skim, `family:Skim|done` is Skim: done. */
function chipName(group) {
  const parts = group.split('|');
  return groupName(group) + (parts.length > 1 ? ': ' + parts[1] : '');
}

function clip(text, most) {
  const s = String(text);
  return s.length > most ? s.substring(0, most - 1) + '…' : s;
}
