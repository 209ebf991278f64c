/**
 * The US state of a service address, as people write it: "12 Oak St, Sacramento, CA
 * 95814", "… Austin, Texas 78701", "… Washington DC 20001". The state's public utility
 * commission depends on it; when the address does not say, it stays unknown and the
 * user is asked to choose.
 */

/** The 50 states and the District of Columbia: code and name. */
export const usStates = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AZ', 'Arizona'],
  ['AR', 'Arkansas'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['CT', 'Connecticut'],
  ['DE', 'Delaware'],
  ['DC', 'District of Columbia'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Louisiana'],
  ['ME', 'Maine'],
  ['MD', 'Maryland'],
  ['MA', 'Massachusetts'],
  ['MI', 'Michigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Mississippi'],
  ['MO', 'Missouri'],
  ['MT', 'Montana'],
  ['NE', 'Nebraska'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'],
  ['NY', 'New York'],
  ['NC', 'North Carolina'],
  ['ND', 'North Dakota'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'],
  ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VT', 'Vermont'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
] as const;

export type StateCode = (typeof usStates)[number][0];

const byCode = new Map<string, StateCode>(usStates.map(([code]) => [code, code]));
const byName = new Map<string, StateCode>(usStates.map(([code, name]) => [name.toLowerCase(), code]));
byName.set('washington dc', 'DC');
byName.set('washington d.c.', 'DC');
byName.set('d.c.', 'DC');

export function stateName(code: string): string | undefined {
  return usStates.find(([c]) => c === code)?.[1];
}

/** A state's code or name on its own ("ca", "California", "D.C."), or undefined. */
export function stateOf(word: string): StateCode | undefined {
  const w = word.trim().replace(/\s+/g, ' ');
  return byCode.get(w.toUpperCase()) ?? byName.get(w.toLowerCase());
}

const ZIP = /\b\d{5}(?:-\d{4})?\s*$/;

/**
 * The state a service address names, or undefined when it names none (or none for
 * sure). Looked for, from the end: the code or name before the ZIP code, then the
 * last part after a comma. A two-letter word inside a street ("Oak Dr, IN care of")
 * counts only when it stands as its own part, or in capitals before a ZIP code.
 */
export function stateOfAddress(address: string | undefined): StateCode | undefined {
  if (!address) return undefined;
  const lines = address
    .split(/[\n,]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .reverse();
  for (const raw of lines) {
    if (/^(usa|us|united states( of america)?)$/i.test(raw)) continue;
    const zip = ZIP.test(raw);
    const part = raw.replace(ZIP, '').trim();
    if (!part) continue;
    const whole = stateOf(part);
    if (whole) return whole;
    if (zip) {
      // "Sacramento CA 95814": the last word (or two, or three) before the ZIP code.
      const words = part.split(/\s+/);
      for (let n = 3; n >= 1; n--) {
        if (words.length < n) continue;
        const tail = words.slice(-n).join(' ');
        const found =
          n === 1 && tail.length === 2 ? (tail === tail.toUpperCase() ? byCode.get(tail) : undefined) : byName.get(tail.toLowerCase());
        if (found) return found;
      }
    }
    return undefined;
  }
  return undefined;
}
