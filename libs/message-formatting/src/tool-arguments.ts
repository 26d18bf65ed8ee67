/**
 * A tool call's arguments as the object Anthropic (`input`) and Google (`args`) require. Arguments that are not
 * a JSON object (`''` from no-argument calls, or broken JSON the model wrote and the tool loop answered with an
 * error) become `{}`, so the conversation can still be replayed.
 */
export function toolArgumentsObject(argumentsJson: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(argumentsJson);
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    return isObject ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
