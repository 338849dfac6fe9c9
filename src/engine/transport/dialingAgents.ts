import * as http from 'node:http';
import * as https from 'node:https';
import type { Duplex } from 'node:stream';

/**
 * Keep-alive agents whose connections come from `dial`, whatever the request names as its
 * address: requests carry a placeholder `socketPath` (see engineTransport), the agent knows
 * where the engine really is.
 */
export class DialingAgent extends http.Agent {
  constructor(private readonly dial: () => Duplex) {
    super({ keepAlive: true });
  }

  override createConnection(): Duplex {
    return this.dial();
  }
}

export class DialingTlsAgent extends https.Agent {
  constructor(private readonly dial: () => Duplex) {
    super({ keepAlive: true });
  }

  override createConnection(): Duplex {
    return this.dial();
  }
}
