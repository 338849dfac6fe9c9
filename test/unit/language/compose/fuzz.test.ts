import * as path from 'node:path';
import { fuzzSuite } from '../../../support/fuzz/fuzzSuite';

fuzzSuite('compose', path.join(__dirname, 'fuzzTarget.js'), 20261123);
