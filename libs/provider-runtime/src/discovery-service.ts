import { type CredentialResolver, type Credentials, type DiscoveryReport, ProviderError } from '@modelgate/provider-contracts';
import { type ModelRegistry } from '@modelgate/model-registry';
import { type ModelLoader } from '@modelgate/model-store';
import { resolveCredentials } from './resolve-credentials';

export interface RefreshRequest {
  /** One dynamic provider; default: all of them. */
  providerId?: string;
  signal?: AbortSignal;
  /**
   * Ask with this key (or named credential) instead of each module's own: the models found are that key's
   * scope's alone, in the registry and in the store's `keyScopes`, and calls with the same credentials are
   * held to them. Needs `providerId`: a key is sent to the one provider it is for.
   */
  credentials?: Credentials;
}
import { defaultTelemetry, type Telemetry, traceDiscovery } from '@modelgate/telemetry';

/** Runs discovery for every dynamic provider (or one) and keeps the registry and the store in step. */
export class DiscoveryService {
  constructor(
    private readonly loader: ModelLoader,
    private readonly registry?: ModelRegistry,
    private readonly credentialResolver?: CredentialResolver,
    private readonly telemetry: Telemetry = defaultTelemetry(),
  ) {}

  refresh(options: RefreshRequest = {}): Promise<DiscoveryReport[]> {
    return traceDiscovery(this.telemetry, options.providerId, (headers) => this.load(options, headers));
  }

  private async load(options: RefreshRequest, headers: Record<string, string> | undefined): Promise<DiscoveryReport[]> {
    const { credentials, ...request } = options;
    const rest = { ...request, headers };
    if (credentials === undefined) return this.loader.refresh(rest);
    if (this.registry === undefined) {
      throw new ProviderError({ code: 'misconfigured', message: 'Discovery with credentials needs the registry' });
    }
    // A key goes to the one provider it is for, never to every configured server.
    if (options.providerId === undefined) {
      throw new ProviderError({ code: 'bad_request', message: 'Discovery with credentials needs a providerId' });
    }
    const apiKey = await resolveCredentials(credentials, this.credentialResolver, options.providerId);
    return this.loader.refresh({ ...rest, scope: { id: this.registry.scopeOf(apiKey), apiKey } });
  }
}
