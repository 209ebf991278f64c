import { describe, expect, it } from 'vitest';
import { stateOf, stateOfAddress, usStates } from '../../../lib/escalation/address';

describe('the state of a service address', () => {
  it.each([
    ['12 Oak St, Sacramento, CA 95814', 'CA'],
    ['12 Oak St\nSacramento, CA 95814-1234', 'CA'],
    ['12 Oak St Sacramento CA 95814', 'CA'],
    ['400 Congress Ave, Austin, Texas 78701', 'TX'],
    ['400 Congress Ave, Austin, texas', 'TX'],
    ['1 Main St, Washington DC 20001', 'DC'],
    ['1 Main St, Washington, D.C. 20001', 'DC'],
    ['500 Pine St, Seattle, Washington 98101', 'WA'],
    ['9 Elm Rd, Albany, NY 12207, USA', 'NY'],
    ['77 Lake Dr, Honolulu, HI', 'HI'],
    ['3 Birch Ln, Santa Fe, New Mexico 87501', 'NM'],
  ])('%s -> %s', (address, state) => {
    expect(stateOfAddress(address)).toBe(state);
  });

  it.each([
    [undefined],
    [''],
    ['12 Oak St, Springfield'],
    ['12 Oak St, Springfield 62704'],
    // "in" before a ZIP code, in small letters, is a word, not Indiana.
    ['Flat 2 in 62704'],
    ['12 Oak St, Toronto, ON M5V 2T6'],
  ])('%s names no state', (address) => {
    expect(stateOfAddress(address)).toBeUndefined();
  });

  it('knows the 50 states and DC, each by its code and its name', () => {
    expect(usStates).toHaveLength(51);
    for (const [code, name] of usStates) {
      expect(stateOf(code.toLowerCase())).toBe(code);
      expect(stateOf(name.toUpperCase())).toBe(code);
    }
  });
});
