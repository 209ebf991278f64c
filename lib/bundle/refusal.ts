/**
 * Why a bundle was refused. Nothing was written when one is thrown. Each refusal has a
 * kind, which the import screen says in plain words in the user's language ("This file
 * is not a copy made by this extension"), and the exact finding (a file's name, which
 * checksum failed), in English, for whoever helps the user look into it.
 */
import { type MessageKey, t } from '../i18n';

/** notACopy: not a copy made by this extension; damaged: changed or damaged since it was made;
 * unsafe: built to harm (paths outside, ZIP bombs, web pages); tooLarge: no room for it here;
 * newer: made by a newer version; conflict: it clashes with what is kept here. */
export type RefusalKind = 'notACopy' | 'damaged' | 'unsafe' | 'tooLarge' | 'newer' | 'conflict';

const plainWords: Record<RefusalKind, MessageKey> = {
  notACopy: 'copies.refusedNotACopy',
  damaged: 'copies.refusedDamaged',
  unsafe: 'copies.refusedUnsafe',
  tooLarge: 'copies.refusedTooLarge',
  newer: 'copies.refusedNewer',
  conflict: 'copies.refusedConflict',
};

export class Refusal extends Error {
  override name = 'Refusal';
  constructor(
    message: string,
    readonly kind: RefusalKind = 'notACopy',
  ) {
    super(message);
  }

  /** What the import screen says, in the user's language. */
  plain(): string {
    return t(plainWords[this.kind]);
  }
}

/** Refuses: the file is not a copy made by this extension. */
export function refuse(message: string): never {
  throw new Refusal(message);
}

export function refuseAs(kind: RefusalKind, message: string): never {
  throw new Refusal(message, kind);
}
