// The graph drawn on the page: which boxes are visible (a collapsed family or workflow is one
// box) and where they go (a simple layered layout). Pure functions over plain data, so that a
// run of ten thousand tasks stays a few dozen boxes until the user expands one.

export const BOX_WIDTH = 200;
export const BOX_HEIGHT = 46;
const GAP_X = 24;
const GAP_Y = 56;
/** A layer wider than this is wrapped into several rows, so an expanded family stays readable. */
const ROW_MAX = 24;

/** How many boxes fit side by side in `width` pixels at full size (at least 4). */
export function boxesAcross(width) {
  return width > 0 ? Math.max(4, Math.floor((width - GAP_X) / (BOX_WIDTH + GAP_X))) : ROW_MAX;
}

/** The group a node collapses into under `mode` ('family', 'workflow' or 'none'), or null. */
export function groupOf(node, mode) {
  if (mode === 'family') {
    return 'family:' + node.family;
  }
  if (mode === 'workflow' && node.workflow) {
    return 'workflow:' + node.workflow;
  }
  return null;
}

/** The family or workflow a group key names: `family:Skim|done|more1` is Skim. */
export function groupName(group) {
  const name = group.substring(group.indexOf(':') + 1);
  const bar = name.indexOf('|');
  return bar < 0 ? name : name.substring(0, bar);
}

/** An expanded group larger than this shows its members a page at a time. */
export const PAGE = 150;
/** States worth a box of their own even in a large group: what needs a look. */
const NOTABLE = new Set(['running', 'failed', 'upstream-failed']);

/**
 * The visible boxes and arrows: each node stands alone, or in its group's box when the group
 * has more than one node and is not in `expanded`. An expanded group of more than PAGE nodes
 * shows its running and failed tasks, and one box per other state ("Skim: done ×9,990",
 * key `group|state`); expanding one of those shows PAGE of its tasks and a box for the rest
 * (key `group|state|more1`, then `more2`...). Arrows between the same two boxes are one.
 *
 * @return {{boxes: Map<string, object>, arrows: Array<[string, string]>, boxOf: Map<number, string>}}
 */
export function visible(graph, mode, expanded) {
  const sizes = new Map();
  const count = (key) => sizes.set(key, (sizes.get(key) || 0) + 1);
  for (const node of graph.nodes) {
    const group = groupOf(node, mode);
    if (group) {
      count(group);
    }
  }
  const big = (group) => sizes.get(group) > PAGE && expanded.has(group);
  const notable = new Map();
  for (const node of graph.nodes) {
    const group = groupOf(node, mode);
    if (group && big(group)) {
      count(group + '|' + node.state);
      if (NOTABLE.has(node.state)) {
        notable.set(group, (notable.get(group) || 0) + 1);
      }
    }
  }
  const boxes = new Map();
  const boxOf = new Map();
  const ranks = new Map();
  const place = (node, id, make) => {
    let box = boxes.get(id);
    if (!box) {
      box = make();
      boxes.set(id, box);
    }
    box.members.push(node);
    boxOf.set(node.key, id);
  };
  for (const node of graph.nodes) {
    const group = groupOf(node, mode);
    const single = () => ({id: 'task:' + node.key, group: null, label: node.id, members: []});
    if (!group || sizes.get(group) <= 1) {
      place(node, 'task:' + node.key, single);
    } else if (!expanded.has(group)) {
      place(node, group, () => ({id: group, group, label: groupName(group), members: []}));
    } else if (!big(group) || (NOTABLE.has(node.state) && notable.get(group) <= PAGE)) {
      place(node, 'task:' + node.key, () => ({...single(), group}));
    } else {
      const part = group + '|' + node.state;
      const name = groupName(group) + ': ' + node.state;
      if (!expanded.has(part) || sizes.get(part) <= 1) {
        place(node, part, () => ({id: part, group: part, label: name, members: []}));
        continue;
      }
      const rank = ranks.get(part) || 0;
      ranks.set(part, rank + 1);
      let pages = 1;
      while (expanded.has(part + '|more' + pages)) {
        pages++;
      }
      if (rank < pages * PAGE) {
        place(node, 'task:' + node.key, () => ({...single(), group: part}));
      } else {
        const more = part + '|more' + pages;
        place(node, more, () => ({id: more, group: more, label: name + ', more', members: []}));
      }
    }
  }
  const seen = new Set();
  const arrows = [];
  for (const [from, to] of graph.edges) {
    const a = boxOf.get(from);
    const b = boxOf.get(to);
    if (a && b && a !== b && !seen.has(a + '\n' + b)) {
      seen.add(a + '\n' + b);
      arrows.push([a, b]);
    }
  }
  return {boxes, arrows, boxOf};
}

/**
 * Layers by longest path from the boxes nothing requires (the requested task on top, what it
 * requires below); collapsing can close a cycle (a family on both ends of a chain), which is
 * broken at the box with the fewest arrows left. Within a layer, boxes are ordered by the mean
 * position of their neighbours (a few sweeps down and up), then wrapped into rows of `perRow`.
 *
 * @return {{positions: Map<string, {x: number, y: number}>, width: number, height: number}}
 */
export function layout(boxes, arrows, perRow = ROW_MAX) {
  const ids = [...boxes.keys()];
  const down = new Map(ids.map((id) => [id, []]));
  const up = new Map(ids.map((id) => [id, []]));
  for (const [a, b] of arrows) {
    down.get(a).push(b);
    up.get(b).push(a);
  }
  const layerOf = layers(ids, down, up);
  const layerCount = ids.length === 0 ? 0 : Math.max(...layerOf.values()) + 1;
  const rows = Array.from({length: layerCount}, () => []);
  for (const id of ids) {
    rows[layerOf.get(id)].push(id);
  }
  order(rows, down, up);
  return place(rows, perRow);
}

function layers(ids, down, up) {
  const waiting = new Map(ids.map((id) => [id, up.get(id).length]));
  const layerOf = new Map(ids.map((id) => [id, 0]));
  const queue = ids.filter((id) => waiting.get(id) === 0);
  const done = new Set();
  let head = 0;
  while (done.size < ids.length) {
    if (head === queue.length) {
      // a cycle: release the waiting box with the fewest arrows still to come
      let pick = null;
      for (const id of ids) {
        if (!done.has(id)
            && (pick === null || waiting.get(id) < waiting.get(pick))) {
          pick = id;
        }
      }
      queue.push(pick);
    }
    const id = queue[head++];
    if (done.has(id)) {
      continue;
    }
    done.add(id);
    for (const next of down.get(id)) {
      if (done.has(next)) {
        continue;
      }
      layerOf.set(next, Math.max(layerOf.get(next), layerOf.get(id) + 1));
      waiting.set(next, waiting.get(next) - 1);
      if (waiting.get(next) === 0) {
        queue.push(next);
      }
    }
  }
  return layerOf;
}

function order(rows, down, up) {
  const position = new Map();
  const remember = () => rows.forEach((row) => row.forEach((id, i) => position.set(id, i)));
  remember();
  const sweep = (range, neighbours) => {
    for (const layer of range) {
      const row = rows[layer];
      const centre = new Map();
      for (const id of row) {
        const around = neighbours.get(id).filter((n) => position.has(n));
        centre.set(id, around.length === 0 ? position.get(id)
            : around.reduce((sum, n) => sum + position.get(n), 0) / around.length);
      }
      row.sort((a, b) => centre.get(a) - centre.get(b));
      row.forEach((id, i) => position.set(id, i));
    }
  };
  const downwards = [...rows.keys()].slice(1);
  const upwards = [...rows.keys()].reverse().slice(1);
  for (let i = 0; i < 3; i++) {
    sweep(downwards, up);
    sweep(upwards, down);
  }
}

/**
 * Wraps each layer into rows of at most `perRow` and puts every box on one grid of columns (a
 * short row is centred by whole columns), so the gaps between columns run straight down the
 * whole picture: an arrow that must pass rows between its ends goes down one of them (route).
 */
function place(layers, perRow) {
  const rows = [];
  for (const layer of layers) {
    for (let start = 0; start < layer.length; start += perRow) {
      rows.push(layer.slice(start, start + perRow));
    }
  }
  const widest = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const width = Math.max(1, widest * (BOX_WIDTH + GAP_X) - GAP_X) + 2 * GAP_X;
  const positions = new Map();
  rows.forEach((row, r) => {
    const first = Math.floor((widest - row.length) / 2);
    row.forEach((id, i) => {
      positions.set(id, {x: GAP_X + (first + i) * (BOX_WIDTH + GAP_X),
        y: GAP_X + r * (BOX_HEIGHT + GAP_Y), row: r});
    });
  });
  return {positions, width, height: rows.length * (BOX_HEIGHT + GAP_Y) - GAP_Y + 2 * GAP_X};
}

/**
 * The way of the arrow from box `a` to box `b` (their positions in a layout), as points from
 * the middle of a's bottom to the middle of b's top. Between neighbouring rows it is the
 * straight line (drawn as a curve through the gap between them); past rows between, it goes
 * down the gap below a, along it to the column gap nearest b, down that gap (no box is in it,
 * in any row), and along the gap above b: it crosses no box.
 *
 * @return {{points: Array<[number, number]>, straight: boolean}}
 */
export function route(a, b) {
  const x1 = a.x + BOX_WIDTH / 2;
  const y1 = a.y + BOX_HEIGHT;
  const x2 = b.x + BOX_WIDTH / 2;
  const y2 = b.y;
  if (b.row <= a.row + 1) {
    return {points: [[x1, y1], [x2, y2]], straight: true};
  }
  const below = y1 + GAP_Y / 2;
  const above = y2 - GAP_Y / 2;
  const left = b.x - GAP_X / 2;
  const right = b.x + BOX_WIDTH + GAP_X / 2;
  const lane = Math.abs(x1 - left) <= Math.abs(x1 - right) ? left : right;
  return {points: [[x1, y1], [x1, below], [lane, below], [lane, above], [x2, above], [x2, y2]],
    straight: false};
}

/** How many of `members` are in each state. */
export function countStates(members) {
  const counts = {};
  for (const node of members) {
    counts[node.state] = (counts[node.state] || 0) + 1;
  }
  return counts;
}

/** The state a box is coloured by: a failure shows first, then work in progress. */
export function boxState(counts, total) {
  for (const state of ['failed', 'upstream-failed', 'running']) {
    if (counts[state]) {
      return state;
    }
  }
  if ((counts.done || 0) === total) {
    return 'done';
  }
  if ((counts.disabled || 0) === total) {
    return 'disabled';
  }
  return counts.done ? 'partly' : 'pending';
}
