import { type DiscoveryReport } from '@modelgate/provider-contracts';
import { type ModelLoader } from '@modelgate/model-store';
import { defaultTelemetry, type Telemetry, traceDiscovery } from '@modelgate/telemetry';

/** Runs discovery for every dynamic provider (or one) and keeps the registry and the store in step. */
export class DiscoveryService {
  constructor(
    private readonly loader: ModelLoader,
    private readonly telemetry: Telemetry = defaultTelemetry(),
  ) {}

  refresh(options: { providerId?: string; signal?: AbortSignal } = {}): Promise<DiscoveryReport[]> {
    return traceDiscovery(this.telemetry, options.providerId, () => this.loader.refresh(options));
  }
}
