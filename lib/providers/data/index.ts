/** Every built-in provider. Add a file beside this one and list it here. */
import type { ProviderInput } from '../schema';
import { amazonPrime } from './amazon-prime';
import { americanWater } from './american-water';
import { apple } from './apple';
import { att } from './att';
import { boost } from './boost';
import { coned } from './coned';
import { consumerCellular } from './consumer-cellular';
import { cox } from './cox';
import { cricket } from './cricket';
import { directv } from './directv';
import { dish } from './dish';
import { disneyPlus } from './disney-plus';
import { dominion } from './dominion';
import { dukeEnergy } from './duke-energy';
import { fpl } from './fpl';
import { frontier } from './frontier';
import { georgiaPower } from './georgia-power';
import { googleFiber } from './google-fiber';
import { hulu } from './hulu';
import { lumen } from './lumen';
import { max } from './max';
import { mediacom } from './mediacom';
import { metro } from './metro';
import { mint } from './mint';
import { nationalGrid } from './national-grid';
import { netflix } from './netflix';
import { optimum } from './optimum';
import { pge } from './pge';
import { sce } from './sce';
import { siriusxm } from './siriusxm';
import { socalgas } from './socalgas';
import { spectrum } from './spectrum';
import { spotify } from './spotify';
import { tMobile } from './t-mobile';
import { uscellular } from './uscellular';
import { verizon } from './verizon';
import { visible } from './visible';
import { windstream } from './windstream';
import { wow } from './wow';
import { xcel } from './xcel';
import { xfinity } from './xfinity';
import { youtubeTv } from './youtube-tv';

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
  // Electric, gas and water utilities.
  pge,
  coned,
  dukeEnergy,
  sce,
  fpl,
  dominion,
  georgiaPower,
  nationalGrid,
  xcel,
  socalgas,
  americanWater,
  // Streaming and subscriptions.
  netflix,
  hulu,
  disneyPlus,
  max,
  spotify,
  youtubeTv,
  amazonPrime,
  apple,
  siriusxm,
];
