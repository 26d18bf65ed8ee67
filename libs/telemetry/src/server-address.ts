import { type Attributes } from '@opentelemetry/api';
import { ATTR } from './semconv';

const DEFAULT_PORTS: Readonly<Record<string, number>> = { 'http:': 80, 'https:': 443 };

/** `server.address` and `server.port` of a base URL, read once per provider, never per call. */
export function serverAttributes(baseUrl: string): Attributes {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return {};
  }
  const port = url.port === '' ? DEFAULT_PORTS[url.protocol] : Number(url.port);
  // Only the host: a URL's user-info part may hold a credential.
  return port === undefined ? { [ATTR.serverAddress]: url.hostname } : { [ATTR.serverAddress]: url.hostname, [ATTR.serverPort]: port };
}
