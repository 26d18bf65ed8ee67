import { type ModelCatalog, type ModelGroup } from './model-catalog';
import { ADDED_LITELLM_PARAMS, fullModelInfo, modelGroupEntry } from './model-info-template';
import { type SimulatorFlavor } from './simulator-options';

// LiteLLM answers /v1/models with constants: no dates, no owners, no capabilities.
const LITELLM_CREATED = 1677610602;
// vLLM stamps the server's start time; a fixed one keeps answers deterministic.
const VLLM_CREATED = 1735689600;

// The proxy never shows deployment secrets in /model/info.
const HIDDEN_PARAMS = new Set(['api_key', 'aws_secret_access_key', 'vertex_credentials']);

function vllmModel(catalog: ModelCatalog, group: ModelGroup): Record<string, unknown> {
  const maxLength = group.model.modelInfo?.['max_input_tokens'];
  return {
    id: group.model.id,
    object: 'model',
    created: VLLM_CREATED,
    owned_by: 'vllm',
    root: catalog.upstreamModel(group, group.model.id),
    parent: null,
    max_model_len: typeof maxLength === 'number' ? maxLength : null,
  };
}

/** `GET /v1/models`: ids only, once per model group, wildcard routes included as they are. */
export function modelList(catalog: ModelCatalog, flavor: SimulatorFlavor): Record<string, unknown> {
  const data = catalog.distinctGroups().map((group) =>
    flavor === 'vllm'
      ? vllmModel(catalog, group)
      : { id: group.model.id, object: 'model', created: LITELLM_CREATED, owned_by: 'openai' },
  );
  return { data, object: 'list' };
}

/** `GET /v1/models/{id}`: one entry of the list, or null. */
export function modelEntry(catalog: ModelCatalog, flavor: SimulatorFlavor, id: string): unknown {
  const list = modelList(catalog, flavor)['data'] as { id: string }[];
  return list.find((entry) => entry.id === id) ?? null;
}

/** `GET /model/info`: one entry per deployment, so a model group shows up several times. */
export function modelInfo(catalog: ModelCatalog): Record<string, unknown> {
  const data = catalog.groups.flatMap((group) => {
    const params = Object.fromEntries(Object.entries(group.litellmParams).filter(([key]) => !HIDDEN_PARAMS.has(key)));
    const fields = catalog.modelInfoFields(group);
    return group.deploymentIds.map((id) => ({
      model_name: group.model.id,
      litellm_params: { ...params, ...ADDED_LITELLM_PARAMS },
      model_info: fullModelInfo({ ...fields, id, db_model: false }),
    }));
  });
  return { data };
}

/** `GET /model_group/info[?model_group=X]`: one entry per public name with its limits, prices and flags. */
export function modelGroupInfo(catalog: ModelCatalog, only: string | null): Record<string, unknown> {
  const data = catalog
    .distinctGroups()
    .filter((group) => only === null || group.model.id === only)
    .map((group) => modelGroupEntry(group.model.id, catalog.modelInfoFields(group)));
  return { data };
}

/** `GET /health/readiness` of a proxy without a database: 1.83 adds its version and settings, 1.108 does not. */
export function readiness(version: string, details = true): Record<string, unknown> {
  if (!details) return { status: 'healthy', db: 'Not connected' };
  return {
    status: 'healthy',
    db: 'Not connected',
    cache: null,
    litellm_version: version,
    success_callbacks: ['sync_deployment_callback_on_success'],
    use_aiohttp_transport: true,
    log_level: 'WARNING',
    is_detailed_debug: false,
  };
}
