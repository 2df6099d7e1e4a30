import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DemographicsAnswers, Gender } from './demographics.dto.js';

// The initial schema spells the refusal « non renseigné » in its check constraint; the API uses
// the ASCII slug like the other answers.
const GENDER_TO_COLUMN: Record<Gender, string> = {
  femme: 'femme',
  homme: 'homme',
  'non-binaire': 'non-binaire',
  'non-renseigne': 'non renseigné',
};

const FOREIGN_KEY_VIOLATION = '23503';

@Injectable()
export class DemographicsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * One row per session: answering again replaces every answer (a skipped one becomes null).
   * False when the session does not exist (or was purged meanwhile).
   */
  async replaceForSession(sessionId: string, answers: DemographicsAnswers): Promise<boolean> {
    let rows: unknown[];
    try {
      rows = (await this.dataSource.query(
        `INSERT INTO demographics (session_id, gender, age_band, situation, education, satisfaction)
       SELECT s.id, $2, $3, $4, $5, $6 FROM visitor_sessions s WHERE s.id = $1
       ON CONFLICT ON CONSTRAINT pk_demographics DO UPDATE SET
         gender = EXCLUDED.gender,
         age_band = EXCLUDED.age_band,
         situation = EXCLUDED.situation,
         education = EXCLUDED.education,
         satisfaction = EXCLUDED.satisfaction
       RETURNING session_id`,
        [
          sessionId,
          answers.gender === null ? null : GENDER_TO_COLUMN[answers.gender],
          answers.ageBand,
          answers.situation,
          answers.education,
          answers.satisfaction,
        ],
      )) as unknown[];
    } catch (error) {
      // The session was purged between the SELECT and the INSERT.
      const { code, driverError } = error as { code?: string; driverError?: { code?: string } };
      if ((code ?? driverError?.code) === FOREIGN_KEY_VIOLATION) return false;
      throw error;
    }
    return rows.length > 0;
  }
}
