import {
  type AssistantToolCall,
  type CallWarning,
  type CallWarningCode,
  issuePaths,
  ProviderError,
  type TokenLogprob,
  type Usage,
} from '@modelgate/provider-contracts';
import { type TurnResult } from './model-turn';
import { type z } from 'zod';
import { errorBodyOf, errorFromBody } from './error-mapping';
import { type ErrorClassifier } from './error-reading';
import { normaliseUsage } from './usage';
import { parseWireCompletion, type WireDelta, type WireLogprobs } from './wire-schemas';

/** What the answer itself says of a turn; the response headers add the rest of the `TurnResult`. */
export type TurnOutput = Omit<TurnResult, 'headerCostUsd' | 'gateway'>;

/** What one chunk added, for the stream's events. */
export interface ChunkDelta {
  text: string;
  reasoning: string;
  /** Whether it carried part of a tool call (for the time to first token). */
  toolCall: boolean;
}

/**
 * Text built from many deltas. `+=` on each would keep a rope node (about 30 bytes) per delta for the whole
 * stream besides the characters; pieces are joined into a flat string every so often instead, so an open
 * stream keeps little more than its text.
 */
class TextBuffer {
  private flat = '';
  private readonly pieces: string[] = [];

  append(piece: string): void {
    this.pieces.push(piece);
    if (this.pieces.length === 1024) this.fold();
  }

  toString(): string {
    this.fold();
    return this.flat;
  }

  private fold(): void {
    if (this.pieces.length === 0) return;
    this.flat += this.pieces.join('');
    this.pieces.length = 0;
  }
}

interface ToolCallSlot {
  id: string | null;
  name: string;
  arguments: string;
}

/** A chunk that failed its lenient schema: the issue paths are named, the body never is. */
function invalidChunk(error: z.ZodError): ProviderError {
  const message = `The gateway sent a chunk we cannot read (at ${issuePaths(error)})`;
  return new ProviderError({ code: 'invalid_response', message });
}

/**
 * Builds one turn's output from stream chunks (or from a whole non-streaming completion, which is read as a
 * single chunk). Tool calls are accumulated by index, tolerating proxy bugs (LiteLLM #21331, #33678,
 * #39796): later deltas may lack the id and name; parallel calls may all arrive on index 0, where a delta
 * with a new id (or, without ids, a different tool name) starts the next call; missing ids are synthesised
 * as `call_<turn>_<n>`. Two calls of the same tool on index 0 with no ids at all cannot be told apart.
 * Each repair, and each part of the answer left out, is a warning of the turn.
 */
export class StreamAssembler {
  private readonly text = new TextBuffer();
  private readonly reasoning = new TextBuffer();
  private readonly slots: ToolCallSlot[] = [];
  private readonly open = new Map<number, ToolCallSlot>();
  private finishReason: string | null = null;
  private usage: Usage | null = null;
  private usageCostUsd: number | null = null;
  /** Repairs made while reading, in order; null while there are none (the common case allocates nothing). */
  private repairs: CallWarning[] | null = null;
  private otherChoices = false;
  private logprobs: TokenLogprob[] | null = null;
  private responseModel: string | null = null;

  constructor(
    private readonly turn: number,
    /** The server's reading of an error frame; null reads it as any OpenAI-compatible server's. */
    private readonly classifyError: ErrorClassifier | null = null,
  ) {}

  /** Whether a choice has said why it finished. */
  get finished(): boolean {
    return this.finishReason !== null;
  }

  /** Applies one parsed chunk. An `{"error":{...}}` frame (sent on a 200 stream) throws its ProviderError. */
  push(raw: unknown): ChunkDelta {
    const parsed = parseWireCompletion(raw);
    if (!parsed.success) throw invalidChunk(parsed.error);
    const chunk = parsed.data;
    if (chunk.error) throw errorFromBody(null, errorBodyOf(chunk.error), undefined, this.classifyError);
    if (chunk.model) this.responseModel = chunk.model;
    if (chunk.usage) {
      this.usage = normaliseUsage(chunk.usage);
      this.usageCostUsd = typeof chunk.usage.cost === 'number' && chunk.usage.cost >= 0 ? chunk.usage.cost : null;
    }
    const delta: ChunkDelta = { text: '', reasoning: '', toolCall: false };
    for (const choice of chunk.choices ?? []) {
      // We ask for one choice; a server that sends more is read by the first.
      if ((choice.index ?? 0) !== 0) {
        this.otherChoices = true;
        continue;
      }
      const part = choice.delta ?? choice.message;
      if (part) this.apply(part, delta);
      if (choice.logprobs?.content) this.addLogprobs(choice.logprobs.content);
      if (choice.finish_reason) this.finishReason = choice.finish_reason;
    }
    return delta;
  }

  output(): TurnOutput {
    const warnings = this.repairs === null ? [] : [...this.repairs];
    const toolCalls: AssistantToolCall[] = [];
    for (const slot of this.slots) {
      if (slot.name === '') {
        warnings.push(this.warning('tool-call-dropped', `A tool call${slot.id === null ? '' : ` (${slot.id})`} that never named its tool was left out`));
        continue;
      }
      const id = slot.id ?? `call_${this.turn}_${toolCalls.length}`;
      if (slot.id === null) warnings.push(this.warning('tool-call-repaired', `A call of "${slot.name}" came without an id; it was given ${id}`));
      toolCalls.push({ id, name: slot.name, arguments: slot.arguments });
    }
    if (this.otherChoices) warnings.push(this.warning('choices-ignored', 'The answer carried more than one choice; only the first was read'));
    return {
      text: this.text.toString(),
      reasoning: this.reasoning.toString(),
      toolCalls,
      finishReason: this.finishReason,
      usage: this.usage,
      usageCostUsd: this.usageCostUsd,
      warnings,
      ...(this.logprobs !== null && { logprobs: this.logprobs }),
      responseModel: this.responseModel,
    };
  }

  private warning(code: CallWarningCode, message: string): CallWarning {
    return { code, turn: this.turn, message };
  }

  private addLogprobs(content: NonNullable<WireLogprobs['content']>): void {
    this.logprobs ??= [];
    for (const { token, logprob, top_logprobs } of content) {
      this.logprobs.push({ token, logprob, topLogprobs: (top_logprobs ?? []).map((top) => ({ token: top.token, logprob: top.logprob })) });
    }
  }

  private apply(part: WireDelta, delta: ChunkDelta): void {
    if (part.content) {
      this.text.append(part.content);
      delta.text = part.content;
    }
    const reasoning = part.reasoning_content ?? part.reasoning;
    if (reasoning) {
      this.reasoning.append(reasoning);
      delta.reasoning = reasoning;
    }
    const calls = part.tool_calls;
    if (!calls) return;
    for (let i = 0; i < calls.length; i++) {
      const call = calls[i];
      const key = call.index ?? i;
      const id = call.id || null;
      const name = call.function?.name || null;
      let slot = this.open.get(key);
      const startsNew =
        slot === undefined ||
        (id !== null && slot.id !== null && id !== slot.id) ||
        (id === null && name !== null && slot.name !== '' && name !== slot.name);
      if (slot !== undefined && startsNew) {
        const by = id !== null ? `a new id (${id})` : `another tool's name ("${name}")`;
        (this.repairs ??= []).push(this.warning('tool-call-repaired', `Tool calls arrived on one index; ${by} was read as the start of the next call`));
      }
      if (slot === undefined || startsNew) {
        slot = { id, name: '', arguments: '' };
        this.slots.push(slot);
        this.open.set(key, slot);
      } else if (slot.id === null && id !== null) {
        slot.id = id;
      }
      if (name !== null && slot.name === '') slot.name = name;
      if (call.function?.arguments) slot.arguments += call.function.arguments;
      delta.toolCall = true;
    }
  }
}
