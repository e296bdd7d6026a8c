// Parse a GEXF file with graphology-gexf (the parser of Gephi Lite) and print a JSON summary.
// Usage: node parse_gexf.js FILE.gexf   (exit 1 with the error message when parsing fails)
'use strict';
const fs = require('fs');
const Graph = require('graphology');
const gexf = require('graphology-gexf');

const file = process.argv[2];
if (!file) {
  console.error('usage: node parse_gexf.js FILE.gexf');
  process.exit(2);
}
try {
  const graph = gexf.parse(Graph, fs.readFileSync(file, 'utf-8'));
  const nodes = {};
  graph.forEachNode((key, attrs) => { nodes[key] = attrs; });
  const edges = [];
  graph.forEachEdge((key, attrs, source, target) => { edges.push({key, source, target, ...attrs}); });
  process.stdout.write(JSON.stringify({
    type: graph.type, multi: graph.multi, order: graph.order, size: graph.size,
    attributes: graph.getAttributes(), nodes, edges,
  }));
} catch (err) {
  console.error(`graphology-gexf failed: ${err && err.message ? err.message : err}`);
  process.exit(1);
}
