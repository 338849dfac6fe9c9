// A deliberately broken language for the watchdog's own test: the Dockerfile service, except
// that validating a text with HANG in it loops forever and one with STALL never answers.
import type { FuzzTarget } from '../../support/fuzz/FuzzTarget';
import { target as dockerfile } from '../language/dockerfile/fuzzTarget';

export const target: FuzzTarget = {
  ...dockerfile,
  language: 'broken',
  seeds: () => ['FROM a\n'],
  fragments: process.env.DOCKHAND_BROKEN_TARGET === 'stall' ? ['STALL', 'RUN x\n'] : ['HANG', 'RUN x\n'],
  features: () => {
    const features = dockerfile.features();
    return {
      ...features,
      forget: uri => features.forget(uri),
      validate: (doc, token) => {
        if (doc.getText().includes('HANG')) {
          for (;;) {
            // The synchronous infinite loop the watchdog must catch.
          }
        }
        return doc.getText().includes('STALL') ? new Promise(() => undefined) : features.validate(doc, token);
      },
    };
  },
};
