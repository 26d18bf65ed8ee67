import { parseStrict } from './reply';
import { SimulatedModel, SimulatorOptions } from './simulator-options';

describe('SimulatorOptions', () => {
  it('accepts a null master key and a vllm flavor', () => {
    expect(parseStrict(SimulatorOptions, { masterKey: null, flavor: 'vllm' }, 'options')).toEqual({ masterKey: null, flavor: 'vllm' });
  });

  it('refuses unknown options and bad ports', () => {
    expect(() => parseStrict(SimulatorOptions, { prot: 1 }, 'options')).toThrow(/invalid options/);
    expect(() => parseStrict(SimulatorOptions, { port: 70000 }, 'options')).toThrow(/port/);
  });
});

describe('SimulatedModel', () => {
  it('accepts a reply given as data or as a function of the request', () => {
    expect(SimulatedModel.safeParse({ id: 'a', reply: { text: 'x' } }).success).toBe(true);
    expect(SimulatedModel.safeParse({ id: 'a', reply: () => ({ text: 'x' }) }).success).toBe(true);
    expect(SimulatedModel.safeParse({ id: 'a', reply: { txt: 'x' } }).success).toBe(false);
  });
});
