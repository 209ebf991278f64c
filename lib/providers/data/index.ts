/** Every built-in provider. Add a file beside this one and list it here. */
import type { ProviderInput } from '../schema';
import { att } from './att';
import { boost } from './boost';
import { consumerCellular } from './consumer-cellular';
import { cox } from './cox';
import { cricket } from './cricket';
import { directv } from './directv';
import { dish } from './dish';
import { frontier } from './frontier';
import { googleFiber } from './google-fiber';
import { lumen } from './lumen';
import { mediacom } from './mediacom';
import { metro } from './metro';
import { mint } from './mint';
import { optimum } from './optimum';
import { spectrum } from './spectrum';
import { tMobile } from './t-mobile';
import { uscellular } from './uscellular';
import { verizon } from './verizon';
import { visible } from './visible';
import { windstream } from './windstream';
import { wow } from './wow';
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
  windstream,
  mediacom,
  wow,
  googleFiber,
  // Wireless.
  uscellular,
  cricket,
  metro,
  boost,
  visible,
  mint,
  consumerCellular,
];
