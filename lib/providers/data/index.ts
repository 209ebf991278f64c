/** Every built-in provider. Add a file beside this one and list it here. */
import type { ProviderInput } from '../schema';
import { att } from './att';
import { cox } from './cox';
import { directv } from './directv';
import { dish } from './dish';
import { frontier } from './frontier';
import { lumen } from './lumen';
import { optimum } from './optimum';
import { spectrum } from './spectrum';
import { tMobile } from './t-mobile';
import { verizon } from './verizon';
import { xfinity } from './xfinity';

export const builtInProviders: ProviderInput[] = [
  xfinity,
  att,
  tMobile,
  // Telecom: cable, fiber, landline, satellite.
  verizon,
  spectrum,
  cox,
  optimum,
  directv,
  dish,
  frontier,
  lumen,
];
