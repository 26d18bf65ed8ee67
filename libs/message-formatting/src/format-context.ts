import { type ModelInfo, ProviderError, type ProviderFamily } from '@modelgate/provider-contracts';

/** 20 MiB of decoded bytes: below what OpenAI, Anthropic and Gemini accept inline per request. */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export interface FormatOptions {
  /** The target model, for capability checks (`vision`, `pdf`); `null` capabilities count as supported. */
  model?: ModelInfo;
  /** Largest decoded size of one base64 attachment; default 20 MiB. */
  maxAttachmentBytes?: number;
  /** Provider id for the errors' context; defaults to the model's provider. */
  provider?: string;
}

/** What every formatting step needs to know: the family and the limits, and how to name an error's source. */
export interface FormatContext {
  readonly family: ProviderFamily;
  readonly model: ModelInfo | null;
  readonly provider: string | null;
  readonly maxAttachmentBytes: number;
}

export function createFormatContext(family: ProviderFamily, options: FormatOptions): FormatContext {
  return {
    family,
    model: options.model ?? null,
    provider: options.provider ?? options.model?.provider ?? null,
    maxAttachmentBytes: options.maxAttachmentBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES,
  };
}

/** A `bad_request` naming where and why; messages never carry the content itself. */
export function badRequest(context: FormatContext, message: string): ProviderError {
  return new ProviderError({
    code: 'bad_request',
    message,
    provider: context.provider,
    model: context.model?.id ?? null,
  });
}

/** `messages[2].content[1].source`: the same notation for our own checks and for schema issues. */
export function messagePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    'messages',
  );
}
