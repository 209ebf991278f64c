import type { ComponentProps } from 'preact';
import { Loading } from '../../../components/Loading';
import { useProviders } from '../recognition';
import { AccountView } from './AccountView';

/** An account with its provider's entry from the registry (its facts), once the registry has loaded. */
export function AccountOfProvider(props: Omit<ComponentProps<typeof AccountView>, 'provider'> & { providerId: string }) {
  const providers = useProviders();
  if (!providers) return <Loading />;
  const { providerId, ...rest } = props;
  return <AccountView {...rest} provider={providers.provider(providerId)} />;
}
