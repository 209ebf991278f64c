/**
 * The lock's record, kept in the settings table under `vault` (lib/db/vaultSwitch.ts):
 * no secret in it. The salt and iteration count of the passphrase, the vault key
 * wrapped by the passphrase's key, the idle time, and the state of a switch under way.
 */
import '../model/jitless';
import { z } from 'zod';
import { t } from '../i18n';
import { PBKDF2_ITERATIONS } from './crypto';

/** Minutes of no use of the computer before the lock closes by itself; 0: only when the browser closes. */
export const idleChoices = [5, 15, 30, 60, 240, 0] as const;
export const DEFAULT_IDLE_MINUTES = 30;

export const VaultConfig = z.object({
  state: z.enum(['encrypting', 'on', 'decrypting']),
  kdf: z.object({
    name: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().min(PBKDF2_ITERATIONS),
    /** Base64. */
    salt: z.string().min(16),
  }),
  /** The vault key, AES-256-GCM under the passphrase's key, base64. */
  wrappedKey: z.string().min(40),
  idleMinutes: z
    .number()
    .int()
    .refine((n) => (idleChoices as readonly number[]).includes(n), { error: () => t('lock.errorChooseOption') }),
  /** Of a switch under way (encrypting, decrypting): rows and files done, of how many. */
  progress: z.object({ done: z.number().int().min(0), total: z.number().int().min(0) }).optional(),
});
export type VaultConfig = z.infer<typeof VaultConfig>;

/** The failed tries to unlock, kept in settings (`vaultTries`) so a reload does not reset them. */
export const UnlockTries = z.object({ failures: z.number().int().min(0), lastAt: z.number() });
export type UnlockTries = z.infer<typeof UnlockTries>;

/** Whether a change of the computer's idle state closes the vault: when it sits unused or its screen locks, unless the user chose "only when the browser closes". */
export function locksOnIdle(state: 'active' | 'idle' | 'locked', idleMinutes: number | undefined): boolean {
  return state !== 'active' && idleMinutes !== undefined && idleMinutes > 0;
}
