// Browser tests drive software-rendered WebGL and WebXR on a 2-core machine: a test that fails is run once more,
// with its first error printed, so that a slow frame does not sink a whole run. A real fault fails both times.
jest.retryTimes(1, { logErrorsBeforeRetry: true });
