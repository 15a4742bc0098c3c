import { describe, expect, it } from 'vitest';
import { requestBuilderSteps } from '../../../src/emit/common/request-builders.js';
import { seg } from '../csharp/fixtures.js';

const names = (steps: ReturnType<typeof requestBuilderSteps>): string[] =>
  steps.map((s) => (s.kind === 'indexer' ? s.methodName : s.name));

describe('requestBuilderSteps', () => {
  const users = seg.entitySet('users', 'user');
  const key = seg.key('user-id', 'user');
  const me = seg.singleton('me', 'user');
  const messages = seg.nav('messages', 'message');

  it('gives each path its own steps, whatever was asked before', () => {
    const a = [users, key, messages];
    const b = [me, messages];
    expect(names(requestBuilderSteps(a))).toEqual(['users', 'byUserId', 'messages']);
    expect(names(requestBuilderSteps(b))).toEqual(['me', 'messages']);
    expect(names(requestBuilderSteps(a))).toEqual(['users', 'byUserId', 'messages']);
    expect(names(requestBuilderSteps([...a]))).toEqual(['users', 'byUserId', 'messages']);
  });

  it('makes one step per segment, shared by the paths that contain it', () => {
    const [, , fromUsers] = requestBuilderSteps([users, key, messages]);
    const [, fromMe] = requestBuilderSteps([me, messages]);
    expect(fromMe).toBe(fromUsers);
    expect(fromMe!.segment).toBe(messages);
  });
});
