import { ProviderError, type ResponseFormat } from '@modelgate/provider-contracts';

// Some backends wrap JSON-mode answers in a Markdown fence even when asked for bare JSON.
const FENCED = /^```(?:json)?\s*\n([\s\S]*?)\n?```$/;

function invalid(message: string, rawText: string): ProviderError {
  return new ProviderError({ code: 'invalid_response', message, rawText });
}

/**
 * The final answer as a value when a JSON response format was asked for: parsed, then checked by the
 * format's validator when it has one. `undefined` for plain text. A failure is `invalid_response` carrying
 * the raw text, so the caller can show or repair it.
 */
export function parseStructuredOutput(format: ResponseFormat | undefined, text: string): unknown {
  if (format === undefined || format.type === 'text') return undefined;
  const trimmed = text.trim();
  const json = FENCED.exec(trimmed)?.[1] ?? trimmed;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw invalid('The model did not answer with valid JSON', text);
  }
  if (format.type !== 'json_schema' || format.validator === undefined) return value;
  const checked = format.validator.safeParse(value);
  if (checked.success) return checked.data;
  const issues = checked.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw invalid(`The model's answer does not match the schema "${format.name}": ${issues}`, text);
}
