import { type PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { DomainError, type ErrorCode } from './domain-error.js';

// Validation details reach people (back-office, content staff): French messages for every schema.
z.config(z.locales.fr());

export interface ValidationIssue {
  path: string;
  message: string;
}

/** Validates (and strips nothing: unknown keys are rejected by `.strict()` schemas) with zod. */
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  /**
   * @param code what a refused value answers (`VALIDATION_FAILED`; a path parameter may name the resource that
   *   cannot exist, e.g. `SESSION_NOT_FOUND`)
   * @param label where the value sits in the messages (`(corps)` for a body, the name of a parameter)
   */
  constructor(
    private readonly schema: T,
    private readonly code: ErrorCode = 'VALIDATION_FAILED',
    private readonly label = '(corps)',
  ) {}

  transform(value: unknown): z.infer<T> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const issues: ValidationIssue[] = result.error.issues.slice(0, 20).map((issue) => ({
      path: issue.path.join('.') || this.label,
      message: issue.message,
    }));
    // A check may name its own code (`codedPattern`): used when every issue agrees on it.
    const codes = new Set(
      result.error.issues.map(
        (issue) => (issue as { params?: { code?: ErrorCode } }).params?.code ?? this.code,
      ),
    );
    throw new DomainError(
      codes.size === 1 ? [...codes][0]! : this.code,
      `La requête contient des données invalides : ${issues.map((i) => `${i.path} (${i.message})`).join(' ; ')}.`,
      issues,
    );
  }
}
