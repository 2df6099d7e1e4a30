import { acknowledgedIds, isPermanent } from './headset.js';

describe(acknowledgedIds.name, () => {
  it('should read the ids of the current `acknowledged` answer', () => {
    expect(acknowledgedIds({ acknowledged: ['a', 'b'] })).toEqual({ acknowledged: ['a', 'b'], rejected: [] });
  });

  it('should split per-event results into acknowledged and rejected when the route answers per event', () => {
    expect(
      acknowledgedIds({
        results: [
          { id: 'a', status: 'stored' },
          { id: 'b', status: 'duplicate' },
          { id: 'c', status: 'rejected', code: 'EVENT_PAYLOAD_INVALID' },
        ],
      }),
    ).toEqual({ acknowledged: ['a', 'b'], rejected: ['c'] });
  });

  it('should acknowledge nothing when the answer is not one of those shapes', () => {
    expect(acknowledgedIds(undefined)).toEqual({ acknowledged: [], rejected: [] });
    expect(acknowledgedIds({ stored: 3 })).toEqual({ acknowledged: [], rejected: [] });
  });
});

describe(isPermanent.name, () => {
  it('should retry network failures, 5xx, 408 and 429 and give up on other 4xx, as the outbox does', () => {
    expect([0, 500, 503, 408, 429].map(isPermanent)).toEqual([false, false, false, false, false]);
    expect([400, 404, 409, 413, 422].map(isPermanent)).toEqual([true, true, true, true, true]);
  });
});
