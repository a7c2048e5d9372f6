// Run in the page by SchedulerPageIT (executeAsyncScript): the graph's layout (layout.js) on
// small graphs, checked for what every picture must hold, with the figures the test asserts.
// Answers {problems: [text], results: {case: figures}}.
const done = arguments[arguments.length - 1];

import('/static/layout.js').then((L) => {
  const problems = [];
  const results = {};
  const node = (key, family, state = 'pending', workflow = null) =>
    ({key, id: family + '(' + key + ')', family, state, workflow});

  /** Whether the segment p-q passes through the inside of the rectangle (Liang-Barsky). */
  function crosses([x1, y1], [x2, y2], r) {
    let t0 = 0;
    let t1 = 1;
    const dx = x2 - x1;
    const dy = y2 - y1;
    const sides = [[-dx, x1 - r.left], [dx, r.right - x1], [-dy, y1 - r.top], [dy, r.bottom - y1]];
    for (const [p, q] of sides) {
      if (p === 0) {
        if (q <= 0) {
          return false;
        }
      } else {
        const t = q / p;
        if (p < 0) {
          t0 = Math.max(t0, t);
        } else {
          t1 = Math.min(t1, t);
        }
        if (t0 >= t1) {
          return false;
        }
      }
    }
    return true;
  }

  function inside(at) {
    // the box's inside, less a pixel: an arrow ends on its box's edge
    return {left: at.x + 1, right: at.x + L.BOX_WIDTH - 1, top: at.y + 1,
      bottom: at.y + L.BOX_HEIGHT - 1};
  }

  /** Lays `graph` out and checks it; returns its figures. */
  function check(name, graph, mode, expanded = [], perRow = 24) {
    const say = (text) => problems.push(name + ': ' + text);
    const {boxes, arrows, boxOf} = L.visible(graph, mode, new Set(expanded));
    const placed = L.layout(boxes, arrows, perRow);
    const at = placed.positions;
    const ids = [...boxes.keys()];
    for (const id of ids) {
      const p = at.get(id);
      if (!p) {
        say('box ' + id + ' has no place');
      } else if (p.x < 0 || p.y < 0 || p.x + L.BOX_WIDTH > placed.width
          || p.y + L.BOX_HEIGHT > placed.height) {
        say('box ' + id + ' lies outside the picture');
      }
    }
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = at.get(ids[i]);
        const b = at.get(ids[j]);
        if (Math.abs(a.x - b.x) < L.BOX_WIDTH && Math.abs(a.y - b.y) < L.BOX_HEIGHT) {
          say('boxes ' + ids[i] + ' and ' + ids[j] + ' overlap');
        }
      }
    }
    const drawn = new Set(arrows.map(([a, b]) => a + '>' + b));
    for (const [from, to] of graph.edges) {
      const a = boxOf.get(from);
      const b = boxOf.get(to);
      if (a !== b && !drawn.has(a + '>' + b)) {
        say('no arrow for the requirement ' + from + ' -> ' + to);
      }
    }
    let upwards = 0;
    let crossing = 0;
    let straightCrossing = 0;
    let routed = 0;
    for (const [from, to] of arrows) {
      const a = at.get(from);
      const b = at.get(to);
      if (b.y <= a.y) {
        upwards++;
        continue;
      }
      const {points, straight} = L.route(a, b);
      routed += straight ? 0 : 1;
      const last = points.length - 1;
      if (points[0][1] !== a.y + L.BOX_HEIGHT || points[last][1] !== b.y
          || points[last][0] !== b.x + L.BOX_WIDTH / 2) {
        say('the arrow ' + from + ' -> ' + to + ' does not join its boxes');
      }
      for (const id of ids) {
        if (id === from || id === to) {
          continue;
        }
        const box = inside(at.get(id));
        if (points.slice(1).some((q, i) => crosses(points[i], q, box))) {
          crossing++;
          say('the arrow ' + from + ' -> ' + to + ' crosses the box ' + id);
        }
        if (crosses(points[0], points[last], box)) {
          straightCrossing++;
        }
      }
    }
    const rows = new Set([...at.values()].map((p) => p.y)).size;
    const rowOf = (id) => [...new Set([...at.values()].map((p) => p.y))].sort((x, y) => x - y)
        .indexOf(at.get(id).y);
    results[name] = {boxes: boxes.size, arrows: arrows.length, rows, upwards, crossing,
      straightCrossing, routed, rowOf: Object.fromEntries(ids.map((id) => [id, rowOf(id)]))};
  }

  // A chain: 1 requires 2 requires 3.
  check('chain', {nodes: [node(1, 'A'), node(2, 'B'), node(3, 'C')], edges: [[1, 2], [2, 3]]},
      'none');

  // The sample analysis: Combine, Histograms x2, Selection and JetCalibration per dataset, both
  // on the dataset's GenerateEvents.
  const sample = [node(1, 'Combine')];
  const sampleEdges = [];
  for (const d of [0, 1]) {
    const base = 2 + d * 4;
    sample.push(node(base, 'Histograms'), node(base + 1, 'Selection'),
        node(base + 2, 'JetCalibration'), node(base + 3, 'GenerateEvents'));
    sampleEdges.push([1, base], [base, base + 1], [base, base + 2], [base + 1, base + 3],
        [base + 2, base + 3]);
  }
  check('sample', {nodes: sample, edges: sampleEdges}, 'none');
  check('sample by family', {nodes: sample, edges: sampleEdges}, 'family');
  check('sample, Histograms expanded', {nodes: sample, edges: sampleEdges}, 'family',
      ['family:Histograms']);

  // A wide layer wrapped into rows of 4: 1 requires 30 tasks, each of which requires one of
  // three at the bottom. Straight arrows would cross the rows between their ends.
  const wide = [node(1, 'Top')];
  const wideEdges = [];
  for (let k = 2; k <= 31; k++) {
    wide.push(node(k, 'Middle'));
    wideEdges.push([1, k], [k, 32 + (k % 3)]);
  }
  wide.push(node(32, 'Bottom'), node(33, 'Bottom'), node(34, 'Bottom'));
  check('wide', {nodes: wide, edges: wideEdges}, 'none', [], 4);

  // Collapsing by family closes a cycle (A1 -> B1 -> A2): laid out all the same.
  check('cycle', {nodes: [node(1, 'A'), node(2, 'B'), node(3, 'A')], edges: [[1, 2], [2, 3]]},
      'family');

  // A workflow of 200 branches under Combine: 190 done, 5 running, 5 failed.
  const flow = [node(1, 'Combine')];
  const flowEdges = [];
  for (let k = 2; k <= 201; k++) {
    flow.push(node(k, 'Skim', k <= 191 ? 'done' : k <= 196 ? 'running' : 'failed', 'Skim'));
    flowEdges.push([1, k]);
  }
  const big = {nodes: flow, edges: flowEdges};
  check('flow', big, 'none');
  check('flow by family', big, 'family');
  check('flow by workflow', big, 'workflow');
  check('flow expanded', big, 'family', ['family:Skim']);
  check('flow done expanded', big, 'family', ['family:Skim', 'family:Skim|done']);
  check('flow done expanded twice', big, 'family',
      ['family:Skim', 'family:Skim|done', 'family:Skim|done|more1']);
  done({problems, results});
}).catch((error) => done({problems: ['layout.js failed: ' + error], results: {}}));
