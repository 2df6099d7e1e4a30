import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import { StaffUserEntity, type StaffRole } from '../../database/entities/staff-user.entity.js';

@Injectable()
export class StaffUsersRepository {
  private readonly repo: Repository<StaffUserEntity>;

  constructor(@Inject(DataSource) dataSource: DataSource) {
    this.repo = dataSource.getRepository(StaffUserEntity);
  }

  findActiveByEmail(email: string): Promise<StaffUserEntity | null> {
    return this.repo.findOneBy({ email: email.trim().toLowerCase(), active: true });
  }

  hasAnyAdmin(): Promise<boolean> {
    return this.repo.existsBy({ role: 'admin' });
  }

  async createUser(input: {
    email: string;
    passwordHash: string;
    role: StaffRole;
  }): Promise<StaffUserEntity> {
    return this.repo.save(this.repo.create({ ...input, email: input.email.trim().toLowerCase() }));
  }
}
