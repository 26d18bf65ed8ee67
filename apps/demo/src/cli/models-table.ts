import { type ModelSummary } from '../shared/api-contract';
import { formatCapabilities, formatContextWindow, formatPricePerMillion } from '../shared/format';
import { renderTable } from './table';

/** One row per model in the order given (provider by provider); `nameOf` names a provider id ("vLLM"). */
export function formatModelsTable(models: readonly ModelSummary[], nameOf: (providerId: string) => string): string {
  return renderTable(
    ['PROVIDER', 'ID', 'MODE', 'CONTEXT', 'CAPABILITIES', 'INPUT $/1M', 'OUTPUT $/1M'],
    models.map((model) => [
      nameOf(model.provider),
      model.id,
      model.mode === 'unknown' ? '-' : model.mode,
      formatContextWindow(model.contextWindow),
      formatCapabilities(model.capabilities),
      formatPricePerMillion(model.pricing.inputPerToken),
      formatPricePerMillion(model.pricing.outputPerToken),
    ]),
  );
}
