import { type ModelSummary } from '../shared/api-contract';
import { formatCapabilities, formatContextWindow, formatPricePerMillion } from '../shared/format';
import { renderTable } from './table';

export function formatModelsTable(models: readonly ModelSummary[]): string {
  return renderTable(
    ['ID', 'CONTEXT', 'CAPABILITIES', 'INPUT $/1M', 'OUTPUT $/1M'],
    models.map((model) => [
      model.id,
      formatContextWindow(model.contextWindow),
      formatCapabilities(model.capabilities),
      formatPricePerMillion(model.pricing.inputPerToken),
      formatPricePerMillion(model.pricing.outputPerToken),
    ]),
  );
}
