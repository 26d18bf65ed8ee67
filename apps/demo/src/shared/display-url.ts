/**
 * A URL fit for a message or a log line: scheme, host, port and path only. User, password, query and
 * fragment may all carry credentials, so none of them is ever shown.
 */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`;
  } catch {
    return '[invalid URL]';
  }
}
