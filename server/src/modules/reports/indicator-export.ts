// The ESF+ indicator table of a report (already suppressed: the exports publish exactly what the page
// shows), as CSV for French Excel (UTF-8 with BOM, « ; ») and as XLSX, with the funder's mention.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { TOTAL_PARTICIPANTS } from './categories.js';
import type { ReportResponse } from './reports.dto.js';
import type { PublishedCount } from './suppression.js';

export const PROGRAMME_MENTION =
  'Cette prestation externe est financée dans le cadre du programme national FTJ Emploi-Compétences, géré par la DREETS PACA – service Europe : projet Éclore';

type Cell = string | number;

const asCell = (count: PublishedCount): Cell => (count === '<5' ? '< 5' : count);

const frenchMonth = (month: string) => {
  const [y, m] = month.split('-');
  return `${m}/${y}`;
};

function generatedOn(iso: string): string {
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** The heading lines: title, mention, period, sites, generation date. */
export function headingLines(report: ReportResponse): Cell[][] {
  return [
    ['Éclore — indicateurs de réalisation FSE+ (règlement (UE) 2021/1057, annexe I)'],
    [PROGRAMME_MENTION],
    ['Période', `de ${frenchMonth(report.period.from)} à ${frenchMonth(report.period.to)} (mois inclus)`],
    ['Sites', report.sites.map((s) => s.name).join(', ') || '(aucun)'],
    ['Généré le', generatedOn(report.generatedAt)],
    [
      'Secret statistique',
      '« < 5 » : effectif de 1 à 4 masqué ; « s » : effectif masqué pour qu’aucun autre ne puisse être recalculé.',
    ],
  ];
}

/** The table: one row per indicator or category, one column per site, then the total. */
export function indicatorTable(report: ReportResponse): Cell[][] {
  const rows: Cell[][] = [['Code', 'Indicateur', 'Catégorie', ...report.sites.map((s) => s.name), 'Total']];
  rows.push([
    TOTAL_PARTICIPANTS.indicator,
    TOTAL_PARTICIPANTS.label,
    '',
    ...report.bySite.map((s) => asCell(s.participants)),
    asCell(report.participants),
  ]);
  rows.push([
    '',
    'Visites commencées',
    '',
    ...report.bySite.map((s) => asCell(s.started)),
    asCell(report.visits.started),
  ]);
  rows.push([
    '',
    'Visites terminées',
    '',
    ...report.bySite.map((s) => asCell(s.completed)),
    asCell(report.visits.completed),
  ]);
  for (const question of report.questions)
    for (const category of question.categories)
      rows.push([
        category.indicator ?? '',
        category.label,
        question.label,
        ...category.bySite.map(asCell),
        asCell(category.total),
      ]);
  return rows;
}

export function indicatorsCsv(report: ReportResponse): string {
  const lines = [...headingLines(report), [], ...indicatorTable(report)];
  return `\uFEFF${stringify(lines, { delimiter: ';', record_delimiter: 'windows' })}`;
}

export async function indicatorsXlsx(report: ReportResponse): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Éclore';
  workbook.created = new Date(report.generatedAt);
  const sheet = workbook.addWorksheet('Indicateurs FSE+');
  const heading = headingLines(report);
  for (const line of heading) sheet.addRow(line);
  sheet.getRow(1).font = { bold: true, size: 13 };
  sheet.getRow(2).font = { italic: true };
  sheet.addRow([]);
  const table = indicatorTable(report);
  const first = heading.length + 2;
  for (const line of table) sheet.addRow(line);
  sheet.getRow(first).font = { bold: true };
  sheet.getColumn(1).width = 12;
  sheet.getColumn(2).width = 60;
  sheet.getColumn(3).width = 28;
  for (let c = 4; c <= table[0]!.length; c++) sheet.getColumn(c).width = 16;
  sheet.views = [{ state: 'frozen', ySplit: first }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
