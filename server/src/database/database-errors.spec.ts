import { isDatabaseUnavailable } from './database-errors.js';

describe(isDatabaseUnavailable.name, () => {
  it('should recognise a refused or dropped connection, also wrapped by TypeORM or in an AggregateError', () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })])),
    ).toBe(true);
    expect(isDatabaseUnavailable({ driverError: new Error('Connection terminated unexpectedly') })).toBe(
      true,
    );
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error('released'), { name: 'QueryRunnerAlreadyReleasedError' }),
      ),
    ).toBe(true);
  });

  it('should not take a bad query or a constraint violation for an outage', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
