import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFile, format } from '../../scripts/narratives-check.js';

const BROKEN = 'test/fixtures/narratives-broken';
const REFERENTIAL = ['rigueur', 'securite', 'communication'];

function lines(file: string): string[] {
  return checkFile(join(BROKEN, file), REFERENTIAL).map(format);
}

function runCli(files: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/narratives-check.ts', ...files], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe(checkFile.name, () => {
  it('should report the line of an unterminated string when a string expression is not closed', () => {
    expect(lines('unterminated-string.ink')).toEqual([
      `${BROKEN}/unterminated-string.ink:12:18: error: Guillemet fermant manquant : le texte entre guillemets n’est pas refermé sur cette ligne.`,
    ]);
  });

  it('should report the divert and its line when a divert target does not exist', () => {
    expect(lines('bad-divert.ink')).toEqual([
      `${BROKEN}/bad-divert.ink:14:6: error: Renvoi impossible : « atelier » n’existe pas (nœud ou point de l’histoire inconnu).`,
    ]);
  });

  it('should report every unknown variable with its line when variables are misspelt', () => {
    expect(lines('unknown-variable.ink')).toEqual([
      `${BROKEN}/unknown-variable.ink:13:5: error: Impossible de modifier « rigeur » : cette variable n’est pas déclarée avec VAR.`,
      `${BROKEN}/unknown-variable.ink:19:13: error: Variable inconnue : « prenom » (déclarez-la avec VAR ou corrigez son nom).`,
    ]);
  });

  it('should report a skipped choice level and an unclosed bracket when choices are unbalanced', () => {
    expect(lines('unbalanced-choice-nesting.ink')).toEqual([
      `${BROKEN}/unbalanced-choice-nesting.ink:14:3: error: Choix de niveau 3 sans choix de niveau 2 au-dessus : vérifiez le nombre de « * ».`,
      `${BROKEN}/unbalanced-choice-nesting.ink:16:7: error: Crochet fermant « ] » manquant dans ce choix.`,
    ]);
  });

  it('should report an empty file when the file has no content', () => {
    expect(lines('empty.ink')).toEqual([`${BROKEN}/empty.ink:1:1: error: Le fichier est vide.`]);
  });

  it('should refuse binary data with the position of the first NUL byte when the file is garbage', () => {
    expect(lines('binary-garbage.ink')).toEqual([
      `${BROKEN}/binary-garbage.ink:3:144: error: Ce fichier contient des données binaires : ce n’est pas un texte ink.`,
    ]);
  });

  it('should point at the first non UTF-8 byte when the file is saved in latin-1', () => {
    expect(lines('latin1.ink')).toEqual([
      `${BROKEN}/latin1.ink:11:19: error: Le fichier n’est pas en UTF-8 (octet 0xE9) : enregistrez-le en UTF-8.`,
    ]);
  });

  it('should report a scenario that scores nothing when no choice changes a competency', () => {
    expect(lines('nothing-scored.ink')).toEqual([
      `${BROKEN}/nothing-scored.ink:1:1: error: Aucun choix ne fait varier une compétence : le scénario ne mesure rien.`,
      `${BROKEN}/nothing-scored.ink:10:1: warning: Décision sans titre dans « debut » : ajoutez « # titre: … » sur la ligne qui suit « === debut === » (le profil du conseiller affiche ce titre).`,
    ]);
  });

  it('should report every broken convention with its line when a scenario folder breaks them', () => {
    const found = checkFile(join(BROKEN, 'conventions/scenario.ink'), REFERENTIAL).map(
      (d) => `${d.file.split('/').pop()}:${d.line}:${d.column} ${d.severity} ${d.code}`,
    );
    expect(found).toEqual([
      'metier.json:1:1 error MISSING_META',
      'metier.json:1:1 error MISSING_META',
      'metier.json:1:1 warning MISSING_DEBRIEF',
      'scenario.ink:1:1 error MISSING_META',
      'scenario.ink:3:1 error INVALID_META',
      'scenario.ink:7:5 error UNKNOWN_COMPETENCY',
      'scenario.ink:7:5 warning NEVER_SCORED',
      'scenario.ink:11:1 warning MISSING_DECISION_TITLE',
      'scenario.ink:13:14 error UNKNOWN_SPEAKER',
      'scenario.ink:13:29 error UNKNOWN_TAG',
      'scenario.ink:14:36 error MISSING_MEDIA',
      'scenario.ink:15:32 error MISSING_MEDIA',
      'scenario.ink:19:17 error MISPLACED_TAG',
      'scenario.ink:21:3 error CHOICE_WITHOUT_TEXT',
      'scenario.ink:24:1 error DEAD_END',
      'scenario.ink:25:21 error DUPLICATE_LINE_ID',
      'scenario.ink:28:1 warning UNREACHABLE_KNOT',
      'utterances.json:3:1 warning FEW_UTTERANCES',
      'utterances.json:3:1 error BAD_EXPECT',
      'utterances.json:4:1 error UNKNOWN_DECISION',
      'utterances.json:6:1 warning FEW_UTTERANCES',
    ]);
  });

  it('should exit 1 with GNU-style lines and no stack trace when files are broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eclore-check-'));
    try {
      // 5 MB of ink, generated here rather than committed.
      const huge = join(dir, 'enorme.ink');
      writeFileSync(huge, 'Bonjour.\n'.repeat(600_000));
      const { status, stdout, stderr } = runCli([
        `${BROKEN}/bad-divert.ink`,
        `${BROKEN}/binary-garbage.ink`,
        `${BROKEN}/empty.ink`,
        huge,
        `${BROKEN}/absent.ink`,
      ]);
      expect(status).toBe(1);
      const output = stdout.trim().split('\n');
      expect(output).toEqual([
        `${BROKEN}/bad-divert.ink:14:6: error: Renvoi impossible : « atelier » n’existe pas (nœud ou point de l’histoire inconnu).`,
        `${BROKEN}/binary-garbage.ink:3:144: error: Ce fichier contient des données binaires : ce n’est pas un texte ink.`,
        `${BROKEN}/empty.ink:1:1: error: Le fichier est vide.`,
        `${huge}:1:1: error: Fichier trop volumineux (5,1 Mo, maximum 2 Mo).`,
        `${BROKEN}/absent.ink:1:1: error: Fichier introuvable.`,
      ]);
      expect(stderr).toContain('5 fichier(s) vérifié(s) : 5 erreur(s)');
      expect(stdout + stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should exit 0 when every committed scenario is valid', () => {
    const { status, stdout } = runCli([]);
    expect(stdout.split('\n').filter((l) => l.includes(': error: '))).toEqual([]);
    expect(status).toBe(0);
  });

  it('should warn on an untitled decision and refuse a misplaced title when « # titre: » is wrong', () => {
    expect(lines('decision-titles.ink')).toEqual([
      `${BROKEN}/decision-titles.ink:21:1: warning: Décision sans titre dans « atelier.outil » : ajoutez « # titre: … » sur la ligne qui suit « = outil » (le profil du conseiller affiche ce titre).`,
      `${BROKEN}/decision-titles.ink:22:14: error: Le tag « titre » se met seul sur la ligne qui suit « === nœud === » ou « = sous-nœud » de la décision.`,
    ]);
  });

  it('should find a title and a 4 to 6 question debrief for every decision when the scenarios are the committed ones', () => {
    const { stdout } = runCli([]);
    expect(stdout.split('\n').filter((l) => /titre|guide d’entretien/.test(l))).toEqual([]);
  });
});
