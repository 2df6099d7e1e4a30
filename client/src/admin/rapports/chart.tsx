// A horizontal bar chart drawn by Observable Plot (loaded with this page only). Hidden counts have
// no bar (they are not known here); the same figures, hidden ones included, are in the table that
// follows each chart, which is what assistive technologies read (the chart is one labelled image).
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'preact/hooks';
import { countText, type Count } from './wording.js';

export interface Bar {
  label: string;
  count: Count;
}

export function BarChart({ bars, title }: { bars: Bar[]; title: string }) {
  const host = useRef<HTMLDivElement>(null);
  const summary = bars.map((b) => `${b.label} : ${countText(b.count)}`).join(' ; ');
  useEffect(() => {
    const node = host.current;
    if (!node) return;
    const data = bars.map((b) => ({ label: b.label, value: typeof b.count === 'number' ? b.count : 0 }));
    const chart = Plot.plot({
      width: 760,
      height: 36 + bars.length * 30,
      marginLeft: 320,
      x: { label: 'Participants', grid: true },
      y: { label: null, domain: bars.map((b) => b.label) },
      style: { fontSize: '13px', color: '#14212b' },
      marks: [
        Plot.barX(data, { x: 'value', y: 'label', fill: '#1d5c3f' }),
        Plot.text(
          bars.map((b) => ({
            label: b.label,
            value: typeof b.count === 'number' ? b.count : 0,
            text: countText(b.count),
          })),
          { x: 'value', y: 'label', text: 'text', dx: 6, textAnchor: 'start', fill: '#14212b' },
        ),
        Plot.ruleX([0]),
      ],
    });
    // The table beside says it all: the drawing is a single image for assistive technologies.
    chart.setAttribute('aria-hidden', 'true');
    node.replaceChildren(chart);
    return () => node.replaceChildren();
  }, [JSON.stringify(bars)]);
  return <div class="graphique-rapport" role="img" aria-label={`${title}. ${summary}`} ref={host} />;
}
