/** Every built-in provider. Add a file beside this one and list it here. */
import type { ProviderInput } from '../schema';
import { aepOhio } from './aep-ohio';
import { alabamaPower } from './alabama-power';
import { amazonPrime } from './amazon-prime';
import { ameren } from './ameren';
import { americanWater } from './american-water';
import { appalachianPower } from './appalachian-power';
import { apple } from './apple';
import { aps } from './aps';
import { aqua } from './aqua';
import { atlanticCityElectric } from './atlantic-city-electric';
import { atmos } from './atmos';
import { att } from './att';
import { austinEnergy } from './austin-energy';
import { bge } from './bge';
import { boost } from './boost';
import { calWater } from './calwater';
import { centerpoint } from './centerpoint';
import { championEnergy } from './champion-energy';
import { columbiaGas } from './columbia-gas';
// Energy and water (issue #16 coverage).
import { comed } from './comed';
import { coned } from './coned';
import { consumerCellular } from './consumer-cellular';
import { consumersEnergy } from './consumers-energy';
import { cox } from './cox';
import { cpsEnergy } from './cps-energy';
import { cricket } from './cricket';
import { delmarva } from './delmarva';
import { denverWater } from './denver-water';
import { directEnergy } from './direct-energy';
import { directv } from './directv';
import { dish } from './dish';
import { disneyPlus } from './disney-plus';
import { dominion } from './dominion';
import { dte } from './dte';
import { dukeEnergy } from './duke-energy';
import { entergy } from './entergy';
import { evergy } from './evergy';
import { eversource } from './eversource';
import { firstEnergy } from './firstenergy';
import { fpl } from './fpl';
import { frontier } from './frontier';
import { georgiaPower } from './georgia-power';
import { gexa } from './gexa';
import { goldenStateWater } from './golden-state-water';
import { googleFiber } from './google-fiber';
import { greenMountain } from './green-mountain';
import { hulu } from './hulu';
import { ladwp } from './ladwp';
import { lumen } from './lumen';
import { lvvwd } from './lvvwd';
import { max } from './max';
import { mediacom } from './mediacom';
import { metro } from './metro';
import { midAmerican } from './midamerican';
import { mint } from './mint';
import { nationalGrid } from './national-grid';
import { netflix } from './netflix';
import { nicorGas } from './nicor-gas';
import { nvEnergy } from './nv-energy';
import { oncor } from './oncor';
import { optimum } from './optimum';
import { peco } from './peco';
import { peoplesGas } from './peoples-gas';
import { pepco } from './pepco';
import { pge } from './pge';
import { portlandGeneral } from './portland-general';
import { pse } from './pse';
import { pseg } from './pseg';
import { reliant } from './reliant';
import { rockyMountainPower } from './rocky-mountain-power';
import { sce } from './sce';
import { sdge } from './sdge';
import { siriusxm } from './siriusxm';
import { sjw } from './sjw';
import { smud } from './smud';
import { socalgas } from './socalgas';
import { southwestGas } from './southwest-gas';
import { spectrum } from './spectrum';
import { spire } from './spire';
import { spotify } from './spotify';
import { srp } from './srp';
import { tMobile } from './t-mobile';
import { txu } from './txu';
import { uscellular } from './uscellular';
import { verizon } from './verizon';
import { visible } from './visible';
import { washingtonGas } from './washington-gas';
import { weEnergies } from './we-energies';
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
];
