import * as path from 'node:path';
import { fuzzSuite } from '../../../support/fuzz/fuzzSuite';

fuzzSuite('dockerfile', path.join(__dirname, 'fuzzTarget.js'), 4242);
