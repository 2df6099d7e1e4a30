import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DemographicsAnswers } from '../demographics/demographics.dto.js';

/** Reads what a visit stored beyond its scores: the optional answers and the speech transcripts. */
@Injectable()
export class MyDataRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async findAnswers(sessionId: string): Promise<DemographicsAnswers | null> {
    const [row] = (await this.dataSource.query(
      `SELECT gender, age_band, situation, education, satisfaction FROM demographics WHERE session_id = $1`,
      [sessionId],
    )) as {
      gender: string | null;
      age_band: string | null;
      situation: string | null;
      education: string | null;
      satisfaction: number | null;
    }[];
    if (!row) return null;
    return {
      // The column spells the refusal « non renseigné » (demographics.repository.ts); the API its slug.
      gender: (row.gender === 'non renseigné'
        ? 'non-renseigne'
        : row.gender) as DemographicsAnswers['gender'],
      ageBand: row.age_band as DemographicsAnswers['ageBand'],
      situation: row.situation as DemographicsAnswers['situation'],
      education: row.education as DemographicsAnswers['education'],
      satisfaction: row.satisfaction,
    };
  }

  async findTranscripts(sessionId: string): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT payload->>'transcript' AS transcript FROM events
       WHERE session_id = $1 AND type = 'utterance.heard' AND payload->>'transcript' <> ''
       ORDER BY seq`,
      [sessionId],
    )) as { transcript: string }[];
    return rows.map((row) => row.transcript);
  }
}
