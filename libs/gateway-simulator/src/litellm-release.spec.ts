import { litellmRelease } from './litellm-release';

describe('litellmRelease', () => {
  it('answers like 1.83.14 for releases before 1.108', () => {
    for (const version of ['1.83.14', '1.99.0']) {
      expect(litellmRelease(version)).toEqual({ readinessDetails: true, keylessAs500: false, retryAfterAsUpstreamCopy: false, streamUsageCost: false, budgetAs429: false, modelAccessClientMessage: false, embeddingRetryAfter: false });
    }
  });

  it('answers like 1.108.7 from 1.108 on', () => {
    for (const version of ['1.108.7', '1.110.2', '2.0.0']) {
      expect(litellmRelease(version)).toEqual({ readinessDetails: false, keylessAs500: true, retryAfterAsUpstreamCopy: true, streamUsageCost: true, budgetAs429: true, modelAccessClientMessage: true, embeddingRetryAfter: true });
    }
  });
});
