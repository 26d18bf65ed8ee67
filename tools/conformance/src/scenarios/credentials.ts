import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { mockChat } from '../proxy/proxy-models';
import { collect, connect, failure, modelId, RecordingLogger, userSays } from './modelgate';
import type { Scenario } from './scenario';

const request = { model: modelId(mockChat.id), messages: userSays('hello') };
const wrongKey = () => `sk-conformance-call-${randomBytes(12).toString('hex')}`;

/**
 * Per-call credentials against the real proxy with its master key: the key the proxy checks is the call's
 * own, not the module's, for discovery and chat alike; a wrong call key is `unauthorized` and shows nowhere.
 */
export const credentialsScenario: Scenario = {
  name: "a call's own key is the one the proxy checks, for discovery and chat, and a wrong one shows nowhere",
  run: async (context) => {
    assert.ok(context.masterKey !== null, 'this scenario needs a proxy with a master key');
    const credentials = { apiKey: context.masterKey };
    // The module's own key is wrong: only the call's credentials can get through.
    const tenantGate = await connect(context, { apiKey: wrongKey() });
    const [report] = await tenantGate.discovery.refresh({ providerId: 'litellm', credentials });
    assert.equal(report?.status, 'ready', `discovery with the call's key: ${JSON.stringify(report?.error)}`);
    assert.ok(report.models.some((model) => model.id === request.model));
    const plain = await tenantGate.execution.chat({ ...request, credentials });
    assert.equal(plain.content, mockChat.text);
    const streamed = await collect(tenantGate.execution.stream({ ...request, credentials }));
    assert.equal(streamed.result.content, mockChat.text);
    assert.equal((await failure(tenantGate.execution.chat(request))).code, 'unauthorized');

    const wrong = wrongKey();
    const logger = new RecordingLogger();
    const gate = await connect(context, { logger });
    const refused = await failure(gate.execution.chat({ ...request, credentials: { apiKey: wrong } }));
    assert.equal(refused.code, 'unauthorized');
    const [wrongReport] = await gate.discovery.refresh({ providerId: 'litellm', credentials: { apiKey: wrong } });
    assert.equal(wrongReport?.status, 'unauthorized');
    const outputs = [refused.message, JSON.stringify(refused), inspect(refused, { depth: 10 }), JSON.stringify(wrongReport), JSON.stringify(gate.store.getState()), JSON.stringify(logger.lines)];
    for (const trace of [wrong, wrong.slice(-12)]) assert.ok(!outputs.some((text) => text.includes(trace)), 'the call key leaked');
  },
};

/**
 * The second run of each release: a proxy without a master key, which checks no key. Discovery and chats
 * need none, and a key sent anyway (the module's or a call's own) is ignored rather than refused.
 */
export const noMasterKeyScenarios: Scenario[] = [
  {
    name: 'without a master key, discovery and chats sent with no key at all succeed',
    run: async (context) => {
      assert.equal(context.masterKey, null, 'this scenario needs a proxy without a master key');
      const gate = await connect(context, { apiKey: null });
      const [report] = await gate.discovery.refresh();
      assert.equal(report?.status, 'ready', `discovery: ${JSON.stringify(report?.error)}`);
      assert.ok(report.enriched, '/model/info answers without a key');
      assert.equal((await gate.execution.chat(request)).content, mockChat.text);
      assert.equal((await collect(gate.execution.stream(request))).result.content, mockChat.text);
    },
  },
  {
    name: "without a master key, any key is taken, a call's own included",
    run: async (context) => {
      const gate = await connect(context, { apiKey: wrongKey() });
      const credentials = { apiKey: wrongKey() };
      const [report] = await gate.discovery.refresh({ providerId: 'litellm', credentials });
      assert.equal(report?.status, 'ready', `discovery: ${JSON.stringify(report?.error)}`);
      assert.equal((await gate.execution.chat({ ...request, credentials })).content, mockChat.text);
      assert.equal((await gate.execution.chat(request)).content, mockChat.text);
    },
  },
];
