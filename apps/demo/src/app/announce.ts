import { type DemoConfig } from '../config/config';
import { displayUrl } from '../shared/display-url';
import { type Gateway } from './gateway';
import { UPSTREAM_KINDS } from './upstreams';

/** A key set for a provider whose URL is not: it is used for nothing, and never for another provider. */
function ignoredKeys(config: DemoConfig): string {
  const ignored = UPSTREAM_KINDS.filter((kind) => config[kind.id].apiKey !== undefined && config[kind.id].baseUrl === undefined);
  return ignored.map((kind) => ` (${kind.apiKeyVariable} is ignored without ${kind.baseUrlVariable})`).join('');
}

/** The one line that says which servers the demo talks to; never a key, never a URL's credentials. */
export function describeGateways(gateways: readonly Gateway[], config: DemoConfig): string {
  const embedded = gateways.find((gateway) => gateway.embedded);
  const what = embedded
    ? `neither ${UPSTREAM_KINDS.map((kind) => kind.baseUrlVariable).join(' nor ')} is set, ` +
      `using the embedded gateway simulator as a ${embedded.kind.label} at ${displayUrl(embedded.baseUrl)}`
    : gateways.map((gateway) => `${gateway.kind.label} at ${displayUrl(gateway.baseUrl)}`).join(' and ');
  return `modelgate demo: ${what}${ignoredKeys(config)}`;
}
