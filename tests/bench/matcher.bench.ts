/**
 * URL -> provider matching with the full registry plus 1,000 synthetic providers,
 * over 100,000 realistic URLs (subdomains, ports, paths, query strings, lookalikes,
 * unrelated sites), against the naive rule in the same run: a linear scan comparing
 * the hostname, with www./support./help./myaccount. stripped, to every domain
 * (how the JustDeleteMe extension recognizes a site). The targets are for URL ->
 * provider, like the baseline; matching plus page-kind classification is reported too.
 */
import { type Provider, ProviderMatcher, registry } from '../../lib/providers';
import { median, report, verdict } from './stats';

const SYNTHETIC = 1000;
const URLS = 100_000;
const BATCH = 1000;
const ROUNDS = 5;

// A small deterministic generator, so every run measures the same URLs.
let seed = 42;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)]!;

const suffixes = ['com', 'net', 'org', 'co.uk', 'com.au', 'us', 'coop', 'energy'];
const synthetic: Provider[] = Array.from({ length: SYNTHETIC }, (_, i) => ({
  ...registry[0]!,
  id: `synth-${i}`,
  name: `Synthetic ${i}`,
  domains: [`synth-provider-${i}.${suffixes[i % suffixes.length]}`],
  hosts: [],
  pages: [{ kind: 'billing', path: '^/pay' }],
}));
const providers = [...registry, ...synthetic];
const domains = providers.flatMap((p) => p.domains);

const subdomains = ['', 'www.', 'customer.', 'my.', 'login.', 'support.', 'help.', 'myaccount.', 'es.', 'a.b.'];
const paths = [
  '/',
  '/support/articles/account-holder-passed-away',
  '/billing?tab=history',
  '/login?r=x&s=oauth',
  '/account/overview',
  '/#/billing',
  '/cancel-service',
  '/return-equipment',
  '/search?q=deceased+account+holder&page=2',
];
const others = [
  'www.google.com',
  'en.wikipedia.org',
  'www.reddit.com',
  'mail.example.org',
  'news.bbc.co.uk',
  'docs.github.com',
  'shop.example.com.au',
];

function realisticUrl(): string {
  const r = rand(100);
  const path = pick(paths);
  if (r < 55) return `https://${pick(subdomains)}${pick(domains)}${path}`;
  if (r < 60) return `http://${pick(subdomains)}${pick(domains)}:8443${path}`;
  if (r < 70) return `https://${pick(domains)}.verify-account.net${path}`; // lookalike: provider name as a subdomain
  if (r < 75) return `https://${pick(domains).replace('.', '-billing.')}${path}`; // lookalike domain
  if (r < 80) return `https://evil.example/?next=https://${pick(domains)}/`;
  return `https://${pick(others)}${path}`;
}

/** The baseline: exact hostname compare after stripping a few prefixes, over every domain in turn. */
function naiveMatch(rawUrl: string, list: readonly Provider[]): Provider | null {
  let host: string;
  try {
    host = new URL(rawUrl).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^(www|support|help|myaccount)\./, '');
  for (const p of list) {
    for (const d of p.domains) if (d === host) return p;
    for (const h of p.hosts) if (h === host) return p;
  }
  return null;
}

function perUrlMicros(urls: readonly string[], fn: (url: string) => unknown): number[] {
  const samples: number[] = [];
  let sink = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let i = 0; i < urls.length; i += BATCH) {
      const started = performance.now();
      for (let j = i; j < i + BATCH && j < urls.length; j += 1) if (fn(urls[j]!)) sink += 1;
      samples.push(((performance.now() - started) * 1000) / BATCH);
    }
  }
  if (sink < 0) console.log(sink); // keeps the work observable
  return samples;
}

export async function run(): Promise<boolean> {
  const urls = Array.from({ length: URLS }, realisticUrl);
  const matcher = new ProviderMatcher(providers);
  // Warm up both (JIT, lazily compiled page patterns).
  for (const u of urls.slice(0, 5000)) {
    matcher.match(u);
    naiveMatch(u, providers);
  }

  const ours = median(perUrlMicros(urls, (u) => matcher.providerOf(u)));
  const withKind = median(perUrlMicros(urls, (u) => matcher.match(u)));
  const naive = median(perUrlMicros(urls, (u) => naiveMatch(u, providers)));
  const recognized = urls.filter((u) => matcher.match(u)).length;

  // The providers' own test URLs: which does each rule recognize as the right provider?
  const testUrls = registry.flatMap((p) => p.testUrls.map((t) => ({ url: t.url, id: p.id })));
  const oursHits = testUrls.filter((t) => matcher.match(t.url)?.provider.id === t.id).length;
  const naiveHits = testUrls.filter((t) => naiveMatch(t.url, providers)?.id === t.id).length;

  report([
    ['providers', `${registry.length} registry + ${SYNTHETIC} synthetic (${domains.length} domains)`],
    [
      'URLs',
      `${URLS.toLocaleString('en')} (${recognized.toLocaleString('en')} recognized by ours), ${ROUNDS} rounds of ${BATCH}-URL batches`,
    ],
    ['ours, URL -> provider (PSL + map lookup): median', `${ours.toFixed(3)} µs/URL`],
    ['ours, URL -> provider + page kind: median', `${withKind.toFixed(3)} µs/URL`],
    ['naive linear scan (JustDeleteMe rule): median', `${naive.toFixed(3)} µs/URL`],
    ['speed-up', `${(naive / ours).toFixed(1)}×`],
    ['provider test URLs recognized: ours', `${oursHits}/${testUrls.length}`],
    ['provider test URLs recognized: naive', `${naiveHits}/${testUrls.length}`],
  ]);
  const fast = verdict('median at most 2 µs per URL', ours <= 2);
  const faster = verdict('at least 10× faster than the naive scan at 1,000 domains', naive / ours >= 10);
  return fast && faster;
}
