import { describe, expect, it } from 'vitest';
import { memoized, memoizedByObject, memoizedPer } from '../src/memo.js';

describe('memoizedByObject', () => {
  it('computes once per key, and keeps the value out of sight: no key, no JSON, no change to equality', () => {
    let calls = 0;
    const lengthOf = memoizedByObject((segment: { name: string }) => {
      calls++;
      return segment.name.length;
    });
    const segment = { name: 'users' };
    const copy = { name: 'users' };
    expect([lengthOf(segment), lengthOf(segment), lengthOf(copy)]).toEqual([5, 5, 5]);
    expect(calls).toBe(2);
    expect(Object.keys(segment)).toEqual(['name']);
    expect(JSON.stringify(segment)).toBe('{"name":"users"}');
    expect(segment).toEqual(copy);
    expect(segment).toStrictEqual({ name: 'users' });
  });

  it('keeps each cache its own on a shared key, and takes frozen keys too', () => {
    const first = memoizedByObject((o: object) => ({ from: 'first', o }));
    const second = memoizedByObject((o: object) => ({ from: 'second', o }));
    const key = {};
    expect(first(key).from).toBe('first');
    expect(second(key).from).toBe('second');
    expect(first(key)).toBe(first(key));
    const frozen = Object.freeze({ name: 'me' });
    let calls = 0;
    const upper = memoizedByObject((o: { name: string }) => {
      calls++;
      return o.name.toUpperCase();
    });
    expect([upper(frozen), upper(frozen)]).toEqual(['ME', 'ME']);
    expect(calls).toBe(1);
  });

  it('memoizes per owner and key, and per key', () => {
    let calls = 0;
    const facts = memoizedPer((owner: { id: number }, key: string) => {
      calls++;
      return `${owner.id}:${key}`;
    });
    const a = { id: 1 };
    const b = { id: 2 };
    expect([facts(a, 'x'), facts(a, 'x'), facts(b, 'x'), facts(a, 'y')]).toEqual(['1:x', '1:x', '2:x', '1:y']);
    expect(calls).toBe(3);
    const square = memoized((n: number) => ({ n: n * n }));
    expect(square(3)).toBe(square(3));
  });
});
