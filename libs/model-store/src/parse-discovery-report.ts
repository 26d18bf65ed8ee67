import { type z } from 'zod';
import {
  DiscoveryReport,
  DiscoveryStatus,
  isPlainJsonObject,
  ModelCapabilities,
  ModelInfo,
  ModelMode,
  ModelPricing,
} from '@modelgate/provider-contracts';

// The fast path: a gateway's report holds thousands of models, and the schema copies every one of them
// (three objects a model). A report these checks accept is one the schema returns unchanged: every key
// known, none missing, none extra (the schema would strip it), every value in range. It is used as it is;
// any other report, and every failure report, takes the schema with its issue paths.
//
// Fields are read by name: a read by a fixed name is several times cheaper than one by a key from a list.
// The property test draws every field of the schemas, so a field added there without a check here fails it.

type Fields<T> = Partial<Record<keyof T, unknown>>;

const keyCount = (schema: { shape: object }) => Object.keys(schema.shape).length;
const MODEL_KEYS = keyCount(ModelInfo);
const PRICING_KEYS = keyCount(ModelPricing);
const CAPABILITY_KEYS = keyCount(ModelCapabilities);
const REPORT_KEYS = keyCount(DiscoveryReport);
const MODES: ReadonlySet<unknown> = new Set(ModelMode.options);
const STATUSES: ReadonlySet<unknown> = new Set(DiscoveryStatus.options);

/** Counted with `for...in`, which unlike `Object.keys` allocates nothing: three objects a model add up. */
function hasKeys(record: object, expected: number): boolean {
  let count = 0;
  for (const _key in record) count++;
  return count === expected;
}

const isName = (value: unknown) => typeof value === 'string' && value !== '';
const isCount = (value: unknown) => value === null || (Number.isSafeInteger(value) && (value as number) > 0);
const isPrice = (value: unknown) => value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0);
const isFlag = (value: unknown) => value === null || typeof value === 'boolean';

function isPricing(value: unknown): boolean {
  if (!isPlainJsonObject(value)) return false;
  const pricing: Fields<ModelPricing> = value;
  return isPrice(pricing.inputPerToken) && isPrice(pricing.outputPerToken) && hasKeys(pricing, PRICING_KEYS);
}

function isCapabilities(value: unknown): boolean {
  if (!isPlainJsonObject(value)) return false;
  const flags: Fields<ModelCapabilities> = value;
  return (
    isFlag(flags.tools) &&
    isFlag(flags.parallelTools) &&
    isFlag(flags.toolChoice) &&
    isFlag(flags.vision) &&
    isFlag(flags.structuredOutput) &&
    isFlag(flags.systemMessages) &&
    isFlag(flags.reasoning) &&
    isFlag(flags.pdf) &&
    isFlag(flags.promptCaching) &&
    hasKeys(flags, CAPABILITY_KEYS)
  );
}

function isModel(value: unknown): boolean {
  if (!isPlainJsonObject(value)) return false;
  const model: Fields<ModelInfo> = value;
  return (
    isName(model.id) &&
    isName(model.provider) &&
    isName(model.name) &&
    MODES.has(model.mode) &&
    isCount(model.contextWindow) &&
    isCount(model.maxOutputTokens) &&
    isPricing(model.pricing) &&
    isCapabilities(model.capabilities) &&
    hasKeys(model, MODEL_KEYS)
  );
}

function isModelList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  // Indexed, not `every`: a hole is a model the schema refuses, and `every` would skip it.
  for (let i = 0; i < value.length; i++) if (!isModel(value[i])) return false;
  return true;
}

/** `serverVersion` is optional: absent, or present as a string or null (present as undefined takes the schema). */
function versionKeys(report: Fields<DiscoveryReport>): number | null {
  if (!Object.hasOwn(report, 'serverVersion')) return REPORT_KEYS - 1;
  const version = report.serverVersion;
  return version === null || typeof version === 'string' ? REPORT_KEYS : null;
}

function isPlainReport(raw: unknown): raw is DiscoveryReport {
  if (!isPlainJsonObject(raw)) return false;
  const report: Fields<DiscoveryReport> = raw;
  const keys = versionKeys(report);
  return (
    keys !== null &&
    typeof report.provider === 'string' &&
    STATUSES.has(report.status) &&
    report.error === null &&
    typeof report.fetchedAt === 'string' &&
    typeof report.enriched === 'boolean' &&
    hasKeys(report, keys) &&
    isModelList(report.models)
  );
}

/** `DiscoveryReport.safeParse`, with the fast path for a well-formed report of a discovery that succeeded. */
export function parseDiscoveryReport(raw: unknown): z.ZodSafeParseResult<DiscoveryReport> {
  return isPlainReport(raw) ? { success: true, data: raw } : DiscoveryReport.safeParse(raw);
}
