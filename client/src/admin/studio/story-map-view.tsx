// The map of the story: decisions, scenes and endings laid out by dagre, drawn in SVG; every node is a
// button (Tab, Entrée) named by its visible text, that jumps the editor to its line.
import dagre from '@dagrejs/dagre';
import type { StoryMap, StoryNode } from './diagnostics-protocol.js';

const WIDTH = 220;
const LINE = 16;

function heightOf(node: StoryNode): number {
  return 44 + node.options.length * LINE * 2;
}

function scoreText(scores: Record<string, number>): string {
  return Object.entries(scores)
    .map(([k, v]) => `${k} ${v > 0 ? '+' : '−'}${Math.abs(v)}`)
    .join(', ');
}

function short(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function kindText(node: StoryNode): string {
  return `${node.kind === 'decision' ? 'Décision' : node.kind === 'ending' ? 'Fin' : 'Scène'}${
    node.reachable ? '' : ' · inaccessible'
  }${node.deadEnd ? ' · impasse' : ''}`;
}

function optionTexts(node: StoryNode): [string, string][] {
  return node.options.map((o) => [
    short(o.text, 30),
    short(
      [scoreText(o.scores), o.target === 'END' ? '→ fin' : o.target ? `→ ${o.target}` : '']
        .filter(Boolean)
        .join(' '),
      34,
    ),
  ]);
}

export function StoryMapView({ map, onJump }: { map: StoryMap; onJump: (line: number) => void }) {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 48, marginx: 12, marginy: 12 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of map.nodes) graph.setNode(node.id, { width: WIDTH, height: heightOf(node) });
  const edges: { from: string; to: string; option: boolean }[] = [];
  for (const node of map.nodes) {
    const targets = new Set<string>();
    for (const o of node.options) if (o.target && o.target !== 'END') targets.add(o.target);
    for (const t of targets) edges.push({ from: node.id, to: t, option: true });
    for (const t of node.next) if (!targets.has(t)) edges.push({ from: node.id, to: t, option: false });
  }
  for (const e of edges) if (graph.hasNode(e.to)) graph.setEdge(e.from, e.to);
  dagre.layout(graph);
  const { width = 0, height = 0 } = graph.graph();
  return (
    <svg
      class="carte-histoire"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label="Carte de l’histoire"
    >
      <defs>
        <marker
          id="fleche"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="#6b7280" />
        </marker>
      </defs>
      {graph.edges().map((e) => {
        const points = graph.edge(e).points ?? [];
        const d = points
          .map((p: { x: number; y: number }, i: number) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`)
          .join(' ');
        return <path key={`${e.v}-${e.w}`} d={d} class="arete" marker-end="url(#fleche)" />;
      })}
      {map.nodes.map((node) => {
        const box = graph.node(node.id);
        const x = box.x - WIDTH / 2;
        const y = box.y - box.height / 2;
        const classes = [
          'noeud',
          `noeud-${node.kind}`,
          node.reachable ? '' : 'inaccessible',
          node.deadEnd ? 'impasse' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <g
            key={node.id}
            class={classes}
            transform={`translate(${x},${y})`}
            role="button"
            tabIndex={0}
            data-line={node.line}
            data-node={node.id}
            onClick={() => onJump(node.line)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onJump(node.line);
              }
            }}
          >
            <rect width={WIDTH} height={box.height} rx="8" />
            <text x="10" y="20" class="titre-noeud">
              {short(node.title, 28)}
            </text>
            <text x="10" y="36" class="sous-titre-noeud">
              {kindText(node)}
            </text>
            {optionTexts(node).map(([text, effect], i) => (
              <g key={i} transform={`translate(10, ${52 + i * LINE * 2})`}>
                <text class="option-noeud">{text}</text>
                <text y={LINE - 2} class="score-noeud">
                  {effect}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
