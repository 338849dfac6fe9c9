import * as assert from 'node:assert/strict';
import { levelOf, prettyJson } from '../../../../src/ui/webviews/pages/logLevels';

describe('log levels (merged log view)', () => {
  const cases: Array<[string, string | undefined]> = [
    ['{"level":"error","msg":"db down"}', 'error'],
    ['{"level":"WARN","msg":"slow"}', 'warn'],
    ['{"level":30,"msg":"pino info"}', 'info'],
    ['{"level":50,"msg":"pino error"}', 'error'],
    ['{"level":20,"msg":"pino debug"}', 'debug'],
    ['{"severity":"ERROR","message":"gcp"}', 'error'],
    ['{"@l":"Warning","@mt":"serilog"}', 'warn'],
    ['{"log":{"level":"info"},"message":"ecs"}', 'info'],
    ['{"levelname":"DEBUG","msg":"python json"}', 'debug'],
    ['time=2024-01-02T03:04:05Z level=warn msg="disk almost full"', 'warn'],
    ['level=debug msg=x', 'debug'],
    ['2024/01/02 03:04:05 [error] 7#7: *1 open() failed', 'error'],
    ['[Tue Jan 02 03:04:05 2024] [core:warn] [pid 1] AH00098', 'warn'],
    ['2024-01-02 03:04:05 ERROR [main] Something broke', 'error'],
    ['WARNING:root:deprecated call', 'warn'],
    ['I, [2024-01-02T03:04:05.000 #1]  INFO -- : Started GET "/"', 'info'],
    ['npm ERR! code ENOENT', 'error'],
    ['E0102 15:04:05.000000    1 server.go:42] failed to bind', 'error'],
    ['W0102 15:04:05.000000    1 server.go:42] retrying', 'warn'],
    ['Warning: something odd', 'warn'],
    ['FATAL: password authentication failed', 'error'],
    ['TRACE entering loop', 'debug'],
    ['all good, no error found', undefined],
    ['plain line', undefined],
    ['{"msg":"json without level"}', undefined],
    ['{not json level=info', 'info'],
    ['ERROR_CODE_17 is only a name', undefined],
  ];
  for (const [line, expected] of cases) {
    it(`${JSON.stringify(line)} → ${expected ?? 'none'}`, () => {
      assert.equal(levelOf(line), expected);
    });
  }

  it('shows JSON objects and arrays indented, and nothing else', () => {
    assert.equal(prettyJson('{"a":1,"b":[true,null]}'), '{\n  "a": 1,\n  "b": [\n    true,\n    null\n  ]\n}');
    assert.equal(prettyJson(' [1,2] '), '[\n  1,\n  2\n]');
    assert.equal(prettyJson('{broken'), undefined);
    assert.equal(prettyJson('{"a":}'), undefined);
    assert.equal(prettyJson('"text"'), undefined);
  });
});
