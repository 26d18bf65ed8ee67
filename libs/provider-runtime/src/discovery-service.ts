import { type DiscoveryReport } from '@modelgate/provider-contracts';
import { type ModelLoader } from '@modelgate/model-store';

/** Runs discovery for every dynamic provider (or one) and keeps the registry and the store in step. */
export class DiscoveryService {
  constructor(private readonly loader: ModelLoader) {}

  refresh(options: { providerId?: string; signal?: AbortSignal } = {}): Promise<DiscoveryReport[]> {
    return this.loader.refresh(options);
  }
}
