/** Every built-in provider. Add a file beside this one and list it here. */
import type { ProviderInput } from '../schema';
import { aepOhio } from './aep-ohio';
import { alabamaPower } from './alabama-power';
import { altafiber } from './altafiber';
import { amazonPrime } from './amazon-prime';
import { amcPlus } from './amc-plus';
import { ameren } from './ameren';
import { americanWater } from './american-water';
import { appalachianPower } from './appalachian-power';
import { apple } from './apple';
import { aps } from './aps';
import { aqua } from './aqua';
import { assuranceWireless } from './assurance-wireless';
import { astound } from './astound';
import { atlanticCityElectric } from './atlantic-city-electric';
import { atmos } from './atmos';
import { att } from './att';
import { audible } from './audible';
import { austinEnergy } from './austin-energy';
import { bge } from './bge';
import { boost } from './boost';
import { breezeline } from './breezeline';
import { brightspeed } from './brightspeed';
import { calWater } from './calwater';
import { centerpoint } from './centerpoint';
import { championEnergy } from './champion-energy';
import { columbiaGas } from './columbia-gas';
import { comed } from './comed';
import { coned } from './coned';
import { consolidated } from './consolidated';
import { consumerCellular } from './consumer-cellular';
import { consumersEnergy } from './consumers-energy';
import { cox } from './cox';
import { cpsEnergy } from './cps-energy';
import { cricket } from './cricket';
import { crunchyroll } from './crunchyroll';
import { delmarva } from './delmarva';
import { denverWater } from './denver-water';
import { directEnergy } from './direct-energy';
import { directv } from './directv';
import { discoveryPlus } from './discovery-plus';
import { dish } from './dish';
import { disneyPlus } from './disney-plus';
import { dominion } from './dominion';
import { dte } from './dte';
import { dukeEnergy } from './duke-energy';
import { entergy } from './entergy';
import { espnPlus } from './espn-plus';
import { evergy } from './evergy';
import { eversource } from './eversource';
import { firstEnergy } from './firstenergy';
import { fpl } from './fpl';
import { frontier } from './frontier';
import { fubo } from './fubo';
import { georgiaPower } from './georgia-power';
import { gexa } from './gexa';
import { goldenStateWater } from './golden-state-water';
import { googleAccount } from './google-account';
import { googleFi } from './google-fi';
import { googleFiber } from './google-fiber';
import { greenMountain } from './green-mountain';
import { h2oWireless } from './h2o-wireless';
import { hughesnet } from './hughesnet';
import { hulu } from './hulu';
import { ladwp } from './ladwp';
import { lumen } from './lumen';
import { lvvwd } from './lvvwd';
import { max } from './max';
import { mediacom } from './mediacom';
import { metro } from './metro';
import { metronet } from './metronet';
import { microsoft } from './microsoft';
import { midAmerican } from './midamerican';
import { midco } from './midco';
import { mint } from './mint';
import { nationalGrid } from './national-grid';
import { netflix } from './netflix';
import { nicorGas } from './nicor-gas';
import { nvEnergy } from './nv-energy';
import { oncor } from './oncor';
import { optimum } from './optimum';
import { pandora } from './pandora';
import { paramountPlus } from './paramount-plus';
import { peacock } from './peacock';
import { peco } from './peco';
import { peoplesGas } from './peoples-gas';
import { pepco } from './pepco';
import { pge } from './pge';
import { philo } from './philo';
import { portlandGeneral } from './portland-general';
import { pse } from './pse';
import { pseg } from './pseg';
import { redPocket } from './red-pocket';
import { reliant } from './reliant';
import { republicWireless } from './republic-wireless';
import { rockyMountainPower } from './rocky-mountain-power';
import { safelink } from './safelink';
import { sce } from './sce';
import { sdge } from './sdge';
import { simpleMobile } from './simple-mobile';
import { siriusxm } from './siriusxm';
import { sjw } from './sjw';
import { slingTv } from './sling-tv';
import { smud } from './smud';
import { socalgas } from './socalgas';
import { southwestGas } from './southwest-gas';
import { sparklight } from './sparklight';
import { spectrum } from './spectrum';
import { spire } from './spire';
import { spotify } from './spotify';
import { srp } from './srp';
import { starlink } from './starlink';
import { starz } from './starz';
import { straightTalk } from './straight-talk';
import { tMobile } from './t-mobile';
import { tds } from './tds';
import { tello } from './tello';
import { totalWireless } from './total-wireless';
import { tracfone } from './tracfone';
import { txu } from './txu';
import { usMobile } from './us-mobile';
import { uscellular } from './uscellular';
import { verizon } from './verizon';
import { viasat } from './viasat';
import { visible } from './visible';
import { walmartFamilyMobile } from './walmart-family-mobile';
import { washingtonGas } from './washington-gas';
import { weEnergies } from './we-energies';
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
  // Energy and water added for issue #16's coverage.
  comed,
  bge,
  pepco,
  entergy,
  txu,
  atmos,
  reliant,
  centerpoint,
  ameren,
  dte,
  consumersEnergy,
  pseg,
  eversource,
  sdge,
  aps,
  srp,
  ladwp,
  smud,
  pse,
  spire,
  aqua,
  calWater,
  oncor,
  southwestGas,
  nicorGas,
  peoplesGas,
  firstEnergy,
  aepOhio,
  appalachianPower,
  delmarva,
  atlanticCityElectric,
  peco,
  washingtonGas,
  austinEnergy,
  cpsEnergy,
  columbiaGas,
  portlandGeneral,
  rockyMountainPower,
  nvEnergy,
  evergy,
  alabamaPower,
  goldenStateWater,
  sjw,
  directEnergy,
  greenMountain,
  gexa,
  championEnergy,
  weEnergies,
  midAmerican,
  lvvwd,
  denverWater,
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
