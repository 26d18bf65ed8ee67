import { Service, type ServiceSpec, sleep } from './service';

/**
 * Polls `probe` until it answers true, failing early when `service` exits and at `timeoutMs`; either failure
 * carries the service's last output.
 */
export async function waitFor(service: Service, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!service.running) throw new Error(`${service.spec.name} exited before it was ready:\n${service.tail()}`);
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) {
      throw new Error(`${service.spec.name} was not ready within ${timeoutMs / 1000} s:\n${service.tail()}`);
    }
    await sleep(200);
  }
}

/** True when `url` answers 2xx within two seconds. */
export async function answersOk(url: string, init: RequestInit = {}): Promise<boolean> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(2000) });
  await response.arrayBuffer();
  return response.ok;
}

/** Starts a service and waits until `probe` holds; one that never gets ready is stopped before the error. */
export async function startReady(spec: ServiceSpec, probe: () => Promise<boolean>, timeoutMs: number): Promise<Service> {
  const service = await Service.start(spec);
  try {
    await waitFor(service, probe, timeoutMs);
    return service;
  } catch (error) {
    await service.stop();
    throw error;
  }
}
