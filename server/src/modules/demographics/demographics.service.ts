import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/domain-error.js';
import type { DemographicsAnswers, DemographicsBody, DemographicsResponse } from './demographics.dto.js';
import { DemographicsRepository } from './demographics.repository.js';

@Injectable()
export class DemographicsService {
  constructor(@Inject(DemographicsRepository) private readonly demographics: DemographicsRepository) {}

  async answer(sessionId: string, body: DemographicsBody): Promise<DemographicsResponse> {
    const answers: DemographicsAnswers = {
      gender: body.gender ?? null,
      ageBand: body.ageBand ?? null,
      situation: body.situation ?? null,
      education: body.education ?? null,
      satisfaction: body.satisfaction ?? null,
    };
    if (!(await this.demographics.replaceForSession(sessionId, answers)))
      throw new DomainError('SESSION_NOT_FOUND');
    return { sessionId, ...answers };
  }
}
