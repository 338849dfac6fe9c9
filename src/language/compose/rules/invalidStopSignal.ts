import { closestSignal, isSignal } from '../../common/signals';
import { valueFormatRule } from './serviceValues';

/** `stop_signal` is passed to the engine, which refuses names it does not know when creating the container. */
export const invalidStopSignal = valueFormatRule({
  code: 'compose.invalid-stop-signal',
  description: "A service's `stop_signal` is not a signal name (`SIGTERM`, `TERM`, `SIGRTMIN+3`) or number the engine knows.",
  fields: [['stop_signal']],
  problem(text) {
    if (isSignal(text)) {
      return undefined;
    }
    const meant = closestSignal(text);
    return `is not a signal${meant ? ` — did you mean \`${meant}\`?` : '; use a name such as `SIGTERM` or `SIGQUIT`, or a number'}`;
  },
});
