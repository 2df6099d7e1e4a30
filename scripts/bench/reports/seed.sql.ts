// The seed of `npm run bench reports`: 1M visits in SQL (generate_series), with distributions close to
// what the centres see — more visits in recent months, two big sites and three small ones, 78 % of the
// visits completed in 8 to 25 minutes, 70 % of visitors answering the questionnaire (ESF+ categories
// as in the public employment service's audience), 3 competencies scored per completed visit.

export const SITES = [
  ['Cité des Métiers de Marseille', 0.4],
  ['Cité des Métiers – Gap', 0.25],
  ['Centre associé d’Avignon', 0.15],
  ['Centre associé de Digne', 0.12],
  ['Centre associé de Toulon', 0.08],
] as const;

export const SCENARIOS = [
  ['agent-biodechets', 'Déchets'],
  ['operateur-tri', 'Déchets'],
  ['ripeur-collecte', 'Déchets'],
  ['installateur-photovoltaique', 'Énergie'],
  ['technicien-methanisation', 'Énergie'],
  ['applicatrice-ite', 'Bâtiment'],
  ['constructrice-bois', 'Bâtiment'],
  ['conseiller-renovation', 'Bâtiment'],
] as const;

const COMPETENCIES = ['autonomie', 'adaptation', 'rigueur', 'securite', 'travail_equipe', 'communication'];

/** A value drawn from `cases` ([value, cumulative probability]) with the random number `r`. */
const pick = (r: string, cases: [string, number][]) =>
  `CASE ${cases.map(([v, p]) => `WHEN ${r} < ${p} THEN ${v}`).join(' ')} ELSE NULL END`;

export function seedStatements(visits: number): string[] {
  return [
    `INSERT INTO sites (name) VALUES ${SITES.map(([n]) => `('${n.replace(/'/g, "''")}')`).join(', ')}`,
    `INSERT INTO scenarios (id, title, sector, job, duration_minutes) VALUES ${SCENARIOS.map(
      ([id, sector]) => `('${id}', '${id}', '${sector}', '${id}', 15)`,
    ).join(', ')}`,
    `INSERT INTO scenario_versions (id, scenario_id, status, meta, source, source_hash, compiled_json, metier, referentiel, max_scores)
     SELECT id || '-v1', id, 'published', '{}', '', '', '', '{}', '{"competences": []}', '{}' FROM scenarios`,
    `UPDATE scenarios SET published_version_id = id || '-v1'`,
    // The eclore role owns the cluster: foreign-key triggers off for the bulk seed only.
    `SET session_replication_role = replica`,
    `CREATE TEMP TABLE site_pick AS
       SELECT id, sum(w) OVER (ORDER BY name) AS upto FROM (VALUES ${SITES.map(
         ([n, w]) => `('${n.replace(/'/g, "''")}', ${w})`,
       ).join(', ')}) AS v(name, w) JOIN sites USING (name)`,
    `INSERT INTO visitor_sessions (id, follow_up_code_hash, scenario_id, version_id, site_id, status, started_at, completed_at)
     SELECT md5(i::text)::uuid, md5('code' || i), sc.id, sc.id || '-v1', sp.id,
            CASE WHEN done THEN 'completed' ELSE 'started' END, at,
            CASE WHEN done THEN at + (8 + 17 * random()) * interval '1 minute' END
       FROM (SELECT i, random() AS rs, (random() * ${SCENARIOS.length})::int % ${SCENARIOS.length} AS k,
                    random() < 0.78 AS done,
                    now() - sqrt(random()) * interval '730 days' AS at
               FROM generate_series(1, ${visits}) AS i) g
       JOIN LATERAL (SELECT id FROM site_pick WHERE upto > g.rs ORDER BY upto LIMIT 1) sp ON true
       JOIN LATERAL (SELECT id FROM scenarios ORDER BY id OFFSET g.k LIMIT 1) sc ON true`,
    `INSERT INTO demographics (session_id, gender, age_band, situation, education, satisfaction)
     SELECT id,
            ${pick('r1', [
              ["'femme'", 0.48],
              ["'homme'", 0.93],
              ["'non-binaire'", 0.95],
              ["'non renseigné'", 0.98],
            ])},
            ${pick('r2', [
              ["'<18'", 0.08],
              ["'18-29'", 0.43],
              ["'30-54'", 0.85],
              ["'55+'", 0.95],
            ])},
            ${pick('r3', [
              ["'demandeur-emploi'", 0.35],
              ["'demandeur-emploi-longue-duree'", 0.5],
              ["'inactif'", 0.6],
              ["'en-emploi'", 0.75],
              ["'en-formation'", 0.9],
              ["'non-renseigne'", 0.95],
            ])},
            ${pick('r4', [
              ["'isced-0-2'", 0.3],
              ["'isced-3-4'", 0.7],
              ["'isced-5-8'", 0.9],
              ["'non-renseigne'", 0.95],
            ])},
            ${pick('r5', [
              ['1', 0.03],
              ['2', 0.08],
              ['3', 0.25],
              ['4', 0.6],
              ['5', 0.92],
            ])}
       FROM (SELECT id, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5
               FROM visitor_sessions WHERE random() < 0.7) s`,
    `INSERT INTO competency_scores (session_id, competency, score, max_score, evidence)
     SELECT s.id, c.competency, (random() * 6)::int, 6, '[]'
       FROM visitor_sessions s
       CROSS JOIN LATERAL (
         SELECT (ARRAY[${COMPETENCIES.map((c) => `'${c}'`).join(',')}])[1 + (abs(hashtext(s.scenario_id)) + n) % ${COMPETENCIES.length}] AS competency
           FROM generate_series(0, 2) AS n
       ) c
      WHERE s.status = 'completed'`,
    `SET session_replication_role = DEFAULT`,
    'ANALYZE',
  ];
}
