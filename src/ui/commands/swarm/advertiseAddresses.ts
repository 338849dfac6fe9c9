/** The host's addresses a swarm could be advertised on, loopback last (for a lab on one machine). No `vscode` import. */
import type { NetworkInterfaceInfo } from 'node:os';

export interface AdvertiseChoice {
  readonly address: string;
  readonly interfaceName: string;
  readonly loopback: boolean;
}

export function advertiseChoices(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): AdvertiseChoice[] {
  const choices: AdvertiseChoice[] = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      // Link-local IPv6 needs a zone and cannot be advertised.
      if (info.family === 'IPv6' && info.address.toLowerCase().startsWith('fe80:')) {
        continue;
      }
      choices.push({ address: info.address, interfaceName: name, loopback: info.internal });
    }
  }
  return choices.sort(
    (a, b) => Number(a.loopback) - Number(b.loopback) || Number(a.address.includes(':')) - Number(b.address.includes(':')),
  );
}

/** Where the control plane listens: on the loopback only when advertised there, else on every interface (Docker's default). */
export function listenAddrFor(advertise: string, loopback: boolean): string {
  const host = advertise.includes(':') ? `[${advertise}]` : advertise;
  return loopback ? `${host}:2377` : '0.0.0.0:2377';
}
