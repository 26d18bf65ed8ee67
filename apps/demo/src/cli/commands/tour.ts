import { type DiscoveryReport, isChatModel, type ModelInfo, ProviderError } from '@modelgate/provider-contracts';
import { formatModelCounts } from '../../shared/model-counts';
import { toModelsOverview } from '../../shared/models-response';
import { type CommandContext } from '../context';
import { describeServer, discoverModels, discoveryFailures, resolveModelId } from '../discover';
import { formatModelsTable } from '../models-table';
import { formatSummary } from '../summary';
import { chatOnce } from './chat';

export const TOUR_PROMPT = 'What is 12 * 7?';

/** The first chat model that says it can call tools, else the first chat model. */
function pickModel(models: readonly ModelInfo[]): ModelInfo | undefined {
  const chat = models.filter(isChatModel);
  return chat.find((model) => model.capabilities.tools === true) ?? chat[0];
}

/** "LiteLLM proxy at http://127.0.0.1:4000 (3 chat models, 1 embedding model, ready)", or the reason it has none. */
function describeReport(context: CommandContext, report: DiscoveryReport): string {
  const outcome = report.error ? `${report.status}: ${report.error.message}` : report.status;
  return `  ${describeServer(context.demo, report.provider)} (${formatModelCounts(report.models)}, ${outcome})`;
}

/**
 * The default command, what a new user runs first: discover and list every provider's models, run one
 * streamed chat that calls a tool, then show usage, cost and timing, and what to try next. A provider that
 * fails is shown as such; the tour goes on with the others' models.
 */
export async function runTour(context: CommandContext, options: { model?: string }): Promise<number> {
  const { demo, paint, stdout: out } = context;
  const reports = await discoverModels(context);
  const models = reports.flatMap((report) => report.models);
  const [failure] = discoveryFailures(reports, demo);
  if (failure && models.length === 0) throw failure;
  const nameOf = (providerId: string) => demo.modelgate.registry.getProvider(providerId).name;
  out.write(`${paint.bold('Models')}\n${reports.map((report) => describeReport(context, report)).join('\n')}\n`);
  out.write(`${formatModelsTable(toModelsOverview(reports, nameOf).models, nameOf)}\n\n`);

  const modelId = options.model === undefined ? pickModel(models)?.id : resolveModelId(options.model, demo);
  if (modelId === undefined) {
    throw new ProviderError({ code: 'model_not_found', message: 'No provider serves a chat model to run the tour with' });
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
