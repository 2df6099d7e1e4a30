import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { VisitorSessionEntity } from '../../database/entities/visitor-session.entity.js';
import { countStartedFrom, listVisitsFrom } from '../reports/rollups.js';

export interface NewVisitorSession {
  id: string;
  followUpCodeHash: string;
  scenarioId: string;
  versionId: string;
  startedAt: Date;
  /** The paired headset that opened it, and that headset's site. */
  deviceId: string | null;
  siteId: string | null;
}

@Injectable()
export class VisitorSessionsRepository {
  private readonly repo: Repository<VisitorSessionEntity>;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(VisitorSessionEntity);
  }

  /** Inserts unless the id exists; true when this call created it. */
  async createIfAbsent(session: NewVisitorSession): Promise<boolean> {
    const rows = (await this.dataSource.query(
      // One statement: the visit is counted as started (report rollups) and listed for the per-visit
      // export only when this call creates it.
      `WITH created AS (
         INSERT INTO visitor_sessions (id, follow_up_code_hash, scenario_id, version_id, started_at, device_id, site_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT ON CONSTRAINT pk_visitor_sessions DO NOTHING
         RETURNING id, started_at, site_id, scenario_id
       ), counted AS (${countStartedFrom('created')}
       ), listed AS (${listVisitsFrom('created')})
       SELECT id FROM created`,
      [
        session.id,
        session.followUpCodeHash,
        session.scenarioId,
        session.versionId,
        session.startedAt,
        session.deviceId,
        session.siteId,
      ],
    )) as unknown[];
    return rows.length > 0;
  }

  /**
   * Runs `work` in a transaction holding the session row lock (`FOR UPDATE`: the foreign-key check of
   * a concurrent events insert waits for it), with the session as it is once locked; null when it
   * does not exist.
   */
  withLock<T>(
    id: string,
    work: (session: VisitorSessionEntity | null, manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM visitor_sessions WHERE id = $1 FOR UPDATE', [id]);
      return work(await manager.getRepository(VisitorSessionEntity).findOneBy({ id }), manager);
    });
  }

  findById(id: string): Promise<VisitorSessionEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByFollowUpCodeHash(hash: string): Promise<VisitorSessionEntity | null> {
    return this.repo.findOneBy({ followUpCodeHash: hash });
  }
}
