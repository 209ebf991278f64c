/** Why a bundle was refused, in words a person can act on. Nothing was written when one is thrown. */
export class Refusal extends Error {
  override name = 'Refusal';
}

export function refuse(message: string): never {
  throw new Refusal(message);
}
