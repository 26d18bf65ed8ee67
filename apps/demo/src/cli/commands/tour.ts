import { type ModelInfo, ProviderError } from '@modelgate/provider-contracts';
import { displayUrl } from '../../shared/display-url';
import { toModelsResponse } from '../../shared/models-response';
import { type CommandContext } from '../context';
import { discoverModels, discoveryFailure, resolveModelId } from '../discover';
import { formatModelsTable } from '../models-table';
import { formatSummary } from '../summary';
import { chatOnce } from './chat';

export const TOUR_PROMPT = 'What is 12 * 7?';

/** The first model that says it can call tools, else the first model. */
function pickModel(models: readonly ModelInfo[]): ModelInfo | undefined {
  return models.find((model) => model.capabilities.tools === true) ?? models[0];
}

/**
 * The default command, what a new user runs first: discover and list the models, run one streamed chat that
 * calls a tool, then show usage, cost and timing, and what to try next.
 */
export async function runTour(context: CommandContext, options: { model?: string }): Promise<number> {
  const { demo, paint, stdout: out } = context;
  const report = await discoverModels(context);
  const failure = discoveryFailure(report, demo.gateway.baseUrl);
  if (failure) throw failure;
  out.write(`${paint.bold(`Models at ${displayUrl(demo.gateway.baseUrl)}`)} (${report.models.length}, ${report.status})\n`);
  out.write(`${formatModelsTable(toModelsResponse(report).models)}\n\n`);

  const modelId = options.model === undefined ? pickModel(report.models)?.id : resolveModelId(options.model, demo.modelgate.registry);
  if (modelId === undefined) {
    throw new ProviderError({ code: 'model_not_found', message: 'The proxy serves no chat models to run the tour with' });
  }
  const tools = demo.modelgate.registry.getCapabilities(modelId).tools === false ? [] : [...demo.toolset.definitions()];
  const toolNames = tools.length > 0 ? tools.map((tool) => tool.name).join(', ') : 'none';
  out.write(`${paint.bold(`Chat with ${modelId}`)} (streaming, tools: ${toolNames})\n> ${TOUR_PROMPT}\n`);
  const result = await chatOnce(
    context,
    { model: modelId, messages: [{ role: 'user', content: TOUR_PROMPT }], ...(tools.length > 0 ? { tools } : {}), signal: context.signal },
    { stream: true, json: false },
  );
  out.write(`\n${formatSummary(result, paint)}\n\n`);
  out.write(
    `${paint.bold('Next')}\n` +
      `  npm start -- models --json\n` +
      `  npm start -- chat --model ${modelId} --tools --stream "What is 19.99 * 3?"\n` +
      `  npm start -- serve          (web page at http://127.0.0.1:${demo.config.server.port})\n`,
  );
  return 0;
}
