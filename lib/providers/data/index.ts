/** Every built-in provider. Add a file beside this one and list it here. */
import type { ProviderInput } from '../schema';
import { altafiber } from './altafiber';
import { amazonPrime } from './amazon-prime';
import { amcPlus } from './amc-plus';
import { americanWater } from './american-water';
import { apple } from './apple';
import { assuranceWireless } from './assurance-wireless';
import { astound } from './astound';
import { att } from './att';
import { audible } from './audible';
import { boost } from './boost';
import { breezeline } from './breezeline';
import { brightspeed } from './brightspeed';
import { coned } from './coned';
import { consolidated } from './consolidated';
import { consumerCellular } from './consumer-cellular';
import { cox } from './cox';
import { cricket } from './cricket';
import { crunchyroll } from './crunchyroll';
import { directv } from './directv';
import { discoveryPlus } from './discovery-plus';
import { dish } from './dish';
import { disneyPlus } from './disney-plus';
import { dominion } from './dominion';
import { dukeEnergy } from './duke-energy';
import { espnPlus } from './espn-plus';
import { fpl } from './fpl';
import { frontier } from './frontier';
import { fubo } from './fubo';
import { georgiaPower } from './georgia-power';
import { googleAccount } from './google-account';
import { googleFi } from './google-fi';
import { googleFiber } from './google-fiber';
import { h2oWireless } from './h2o-wireless';
import { hughesnet } from './hughesnet';
import { hulu } from './hulu';
import { lumen } from './lumen';
import { max } from './max';
import { mediacom } from './mediacom';
import { metro } from './metro';
import { metronet } from './metronet';
import { microsoft } from './microsoft';
import { midco } from './midco';
import { mint } from './mint';
import { nationalGrid } from './national-grid';
import { netflix } from './netflix';
import { optimum } from './optimum';
import { pandora } from './pandora';
import { paramountPlus } from './paramount-plus';
import { peacock } from './peacock';
import { pge } from './pge';
import { philo } from './philo';
import { redPocket } from './red-pocket';
import { republicWireless } from './republic-wireless';
import { safelink } from './safelink';
import { sce } from './sce';
import { simpleMobile } from './simple-mobile';
import { siriusxm } from './siriusxm';
import { slingTv } from './sling-tv';
import { socalgas } from './socalgas';
import { sparklight } from './sparklight';
import { spectrum } from './spectrum';
import { spotify } from './spotify';
import { starlink } from './starlink';
import { starz } from './starz';
import { straightTalk } from './straight-talk';
import { tMobile } from './t-mobile';
import { tds } from './tds';
import { tello } from './tello';
import { totalWireless } from './total-wireless';
import { tracfone } from './tracfone';
import { usMobile } from './us-mobile';
import { uscellular } from './uscellular';
import { verizon } from './verizon';
import { viasat } from './viasat';
import { visible } from './visible';
import { walmartFamilyMobile } from './walmart-family-mobile';
import { windstream } from './windstream';
import { wow } from './wow';
import { xcel } from './xcel';
import { xfinity } from './xfinity';
import { youtubeTv } from './youtube-tv';
import { ziplyFiber } from './ziply-fiber';

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
  // Added with issue #16's telecom, wireless and streaming coverage (kept together to ease merges).
  // Telecom: cable, fiber, DSL, satellite, fixed wireless.
  astound,
  sparklight,
  breezeline,
  brightspeed,
  ziplyFiber,
  tds,
  metronet,
  hughesnet,
  viasat,
  starlink,
  consolidated,
  altafiber,
  midco,
  // Wireless carriers and prepaid brands.
  googleFi,
  straightTalk,
  totalWireless,
  tello,
  assuranceWireless,
  safelink,
  tracfone,
  walmartFamilyMobile,
  h2oWireless,
  redPocket,
  republicWireless,
  usMobile,
  simpleMobile,
  // Streaming and subscriptions.
  paramountPlus,
  peacock,
  slingTv,
  fubo,
  audible,
  pandora,
  microsoft,
  googleAccount,
  starz,
  amcPlus,
  espnPlus,
  discoveryPlus,
  crunchyroll,
  philo,
];
