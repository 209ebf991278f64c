import { describe, expect, it } from 'vitest';
import { accountOfPage, accountsOfProvider } from '../../../lib/derived/pageAccount';

const xfinity = { id: 'a1', providerId: 'xfinity' };
const xfinity2 = { id: 'a2', providerId: 'xfinity' };
const verizon = { id: 'a3', providerId: 'verizon' };

describe('accountOfPage', () => {
  it("is the case's only account of the page's provider", () => {
    expect(accountOfPage([verizon, xfinity], 'xfinity')).toBe(xfinity);
    expect(accountOfPage([verizon, xfinity], 'verizon')).toBe(verizon);
  });

  it('is none when the case has no account of that provider', () => {
    expect(accountOfPage([verizon], 'xfinity')).toBeUndefined();
    expect(accountOfPage([], 'xfinity')).toBeUndefined();
  });

  it('is none when the case has several: no guessing which one', () => {
    expect(accountOfPage([xfinity, verizon, xfinity2], 'xfinity')).toBeUndefined();
  });

  it('is none for a page of no known provider', () => {
    expect(accountOfPage([xfinity], undefined)).toBeUndefined();
  });
});

describe('accountsOfProvider', () => {
  it("lists the provider's accounts in the case's order", () => {
    expect(accountsOfProvider([xfinity, verizon, xfinity2], 'xfinity')).toEqual([xfinity, xfinity2]);
    expect(accountsOfProvider([verizon], 'xfinity')).toEqual([]);
  });
});
