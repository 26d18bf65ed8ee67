import { type ModelInfo } from '@modelgate/provider-contracts';
import { modelInfo } from '@modelgate/testing';
import { LIMITS } from '../shared/api-contract';
import { checkFile, formatBytes } from './attachments';

const model = (capabilities: Partial<ModelInfo['capabilities']>): ModelInfo => modelInfo('litellm', 'm', { capabilities });
const png = { name: 'a.png', type: 'image/png', size: 1000 };

describe('checkFile', () => {
  it('takes an image for a model whose capabilities say vision, and a PDF for one that says pdf', () => {
    expect(checkFile(png, model({ vision: true }), 0)).toEqual({ ok: true, kind: 'image' });
    expect(checkFile({ name: 'b.pdf', type: 'application/pdf', size: 10 }, model({ pdf: true }), 0)).toEqual({ ok: true, kind: 'pdf' });
  });

  it('refuses with the reason: a model that cannot see or does not say, a type it never takes, the size and count limits', () => {
    expect(checkFile(png, model({ vision: false }), 0)).toMatchObject({ ok: false, reason: expect.stringMatching(/does not take images/) });
    expect(checkFile(png, model({}), 0)).toMatchObject({ ok: false, reason: expect.stringMatching(/does not take images/) });
    expect(checkFile({ ...png, type: 'image/svg+xml' }, model({ vision: true }), 0)).toMatchObject({ ok: false, reason: expect.stringMatching(/not taken/) });
    expect(checkFile({ ...png, size: LIMITS.attachmentBytes + 1 }, model({ vision: true }), 0)).toMatchObject({ ok: false, reason: expect.stringMatching(/more than the limit of 1\.0 MiB/) });
    expect(checkFile(png, model({ vision: true }), LIMITS.attachments)).toMatchObject({ ok: false, reason: expect.stringMatching(/at most 4 attachments/) });
    expect(checkFile(png, null, 0)).toMatchObject({ ok: false, reason: expect.stringMatching(/Pick a model first/) });
  });
});

describe('formatBytes', () => {
  it('uses the unit that reads best', () => {
    expect([formatBytes(512), formatBytes(2048), formatBytes(3 * 1024 * 1024)]).toEqual(['512 B', '2 KB', '3.0 MiB']);
  });
});
