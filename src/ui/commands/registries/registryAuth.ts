import type { RegistryAuth } from '../../../engine';
import type { RegistryService } from '../../../registry';

/**
 * The engine needs credentials with each pull and push (X-Registry-Auth), as the docker CLI sends
 * them: read from the same place, never kept by Dockhand.
 */
export async function engineAuthFor(service: RegistryService, host: string): Promise<RegistryAuth | undefined> {
  const credentials = await service.credentials.get(host);
  if (!credentials) {
    return undefined;
  }
  return {
    username: credentials.username || undefined,
    password: credentials.password,
    identityToken: credentials.identityToken,
    serverAddress: service.serverAddress(host),
  };
}
