/** Every built-in provider. Add a file beside this one and list it here. */
import type { ProviderInput } from '../schema';
import { att } from './att';
import { tMobile } from './t-mobile';
import { xfinity } from './xfinity';

export const builtInProviders: ProviderInput[] = [xfinity, att, tMobile];
