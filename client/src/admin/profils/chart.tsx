// The profile as horizontal bars drawn in SVG: the light bar is the most the scenario allowed,
// the dark one what the visitor scored, on one scale for every competency (so 4/6 is longer than
// 1/1). The same figures are in the table right below it; the SVG itself is one labelled image.
import type { ProfileCompetency } from '../api.js';

const ROW = 34;
const LABEL = 230;
const WIDTH = 720;
const BAR = WIDTH - LABEL - 70;

export function ProfileChart({
  competencies,
  titleId,
}: {
  competencies: ProfileCompetency[];
  titleId: string;
}) {
  const scale = Math.max(1, ...competencies.map((c) => Math.max(c.max, c.score)));
  const height = competencies.length * ROW + 8;
  const summary = competencies.map((c) => `${c.libelle} ${c.score} sur ${c.max}`).join(', ');
  return (
    <svg
      class="graphique"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={`${titleId}-resume`}
      preserveAspectRatio="xMinYMin meet"
    >
      <desc id={`${titleId}-resume`}>{summary}</desc>
      {competencies.map((c, i) => {
        const y = i * ROW + 4;
        const maxWidth = (Math.max(0, c.max) / scale) * BAR;
        const scoreWidth = (Math.max(0, c.score) / scale) * BAR;
        return (
          <g key={c.id} data-competence={c.id}>
            <text
              x={LABEL - 10}
              y={y + ROW / 2}
              text-anchor="end"
              dominant-baseline="middle"
              class="etiquette"
            >
              {c.libelle}
            </text>
            <rect
              x={LABEL}
              y={y + 6}
              width={Math.max(maxWidth, 1)}
              height={ROW - 12}
              class="barre-max"
              rx="3"
            />
            <rect x={LABEL} y={y + 6} width={scoreWidth} height={ROW - 12} class="barre-score" rx="3" />
            <text
              x={LABEL + Math.max(maxWidth, scoreWidth) + 8}
              y={y + ROW / 2}
              dominant-baseline="middle"
              class="valeur"
            >
              {c.score} / {c.max}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
