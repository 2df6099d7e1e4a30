import { type PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { DomainError } from './domain-error.js';

// Validation details reach people (back-office, content staff): French messages for every schema.
z.config(z.locales.fr());

export interface ValidationIssue {
  path: string;
  message: string;
}

/** Validates (and strips nothing: unknown keys are rejected by `.strict()` schemas) with zod. */
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown): z.infer<T> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const issues: ValidationIssue[] = result.error.issues.slice(0, 20).map((issue) => ({
      path: issue.path.join('.') || '(corps)',
      message: issue.message,
    }));
    throw new DomainError(
      'VALIDATION_FAILED',
      `La requête contient des données invalides : ${issues.map((i) => `${i.path} (${i.message})`).join(' ; ')}.`,
      issues,
    );
  }
}
