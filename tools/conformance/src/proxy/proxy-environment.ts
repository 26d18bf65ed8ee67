/** Settings that would change what the proxy does if inherited from the caller's shell. */
const dropped = [/^LITELLM_/, /^DATABASE_/, /^DIRECT_URL$/, /^REDIS_/, /^PORT$/, /^NUM_WORKERS$/, /^OPENAI_/];

/**
 * The proxy's environment: the caller's, minus anything that would point it at a database, another key or
 * another server, plus what keeps it offline and quiet. There is no network here: without
 * LITELLM_LOCAL_MODEL_COST_MAP it tries to download the model cost map at start-up; without
 * LITELLM_MODE=PRODUCTION it loads a `.env` file from its working directory.
 */
export function proxyEnvironment(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept = Object.entries(base).filter(([name]) => !dropped.some((pattern) => pattern.test(name)));
  return {
    ...Object.fromEntries(kept),
    LITELLM_LOCAL_MODEL_COST_MAP: 'True',
    LITELLM_MODE: 'PRODUCTION',
    LITELLM_LOG: 'ERROR',
    // Calls to the upstream on 127.0.0.1 must not go through a proxy the shell may name.
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    PYTHONUNBUFFERED: '1',
  };
}
