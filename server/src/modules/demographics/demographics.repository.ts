import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { countAnswers, SKIPPED, type AnswerSet } from '../reports/rollups.js';
import type { DemographicsAnswers, Gender } from './demographics.dto.js';

// The initial schema spells the refusal « non renseigné » in its check constraint; the API uses
// the ASCII slug like the other answers.
const GENDER_TO_COLUMN: Record<Gender, string> = {
  femme: 'femme',
  homme: 'homme',
  'non-binaire': 'non-binaire',
  'non-renseigne': 'non renseigné',
};

interface StoredRow {
  gender: string | null;
  age_band: string | null;
  situation: string | null;
  education: string | null;
  satisfaction: number | null;
}

/** The answers as the report rollups count them (API slugs, '-' when skipped). */
function answerSet(row: StoredRow): AnswerSet {
  return {
    gender: row.gender === null ? SKIPPED : row.gender === 'non renseigné' ? 'non-renseigne' : row.gender,
    ageBand: row.age_band ?? SKIPPED,
    situation: row.situation ?? SKIPPED,
    education: row.education ?? SKIPPED,
    satisfaction: row.satisfaction === null ? SKIPPED : String(row.satisfaction),
  };
}

@Injectable()
export class DemographicsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * One row per session: answering again replaces every answer (a skipped one becomes null).
   * False when the session does not exist (or was purged meanwhile). The report rollups move by
   * the difference in the same transaction, under the session row lock.
   */
  replaceForSession(sessionId: string, answers: DemographicsAnswers): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const session = (await manager.query('SELECT 1 FROM visitor_sessions WHERE id = $1 FOR UPDATE', [
        sessionId,
      ])) as unknown[];
      if (session.length === 0) return false;
      const previous = (await manager.query(
        'SELECT gender, age_band, situation, education, satisfaction FROM demographics WHERE session_id = $1',
        [sessionId],
      )) as StoredRow[];
      const next: StoredRow = {
        gender: answers.gender === null ? null : GENDER_TO_COLUMN[answers.gender],
        age_band: answers.ageBand,
        situation: answers.situation,
        education: answers.education,
        satisfaction: answers.satisfaction,
      };
      await manager.query(
        `INSERT INTO demographics (session_id, gender, age_band, situation, education, satisfaction)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ON CONSTRAINT pk_demographics DO UPDATE SET
           gender = EXCLUDED.gender,
           age_band = EXCLUDED.age_band,
           situation = EXCLUDED.situation,
           education = EXCLUDED.education,
           satisfaction = EXCLUDED.satisfaction`,
        [sessionId, next.gender, next.age_band, next.situation, next.education, next.satisfaction],
      );
      await countAnswers(manager, sessionId, previous[0] ? answerSet(previous[0]) : null, answerSet(next));
      return true;
    });
  }
}
