// got 14 hands Node's http.request an object of some 35 request options, most of them undefined (TLS settings,
// HTTP/2 and cache options), built by spreading two objects before the rest. On Node 20 (V8 11.3) an object built that
// way falls off a performance cliff: building it cost about 80 µs of CPU and much garbage per request, and Node's
// copying it into its own request options about as much again (measured: 39 upstream GETs took 12.3 ms of CPU through
// got, 7.4 ms with the object below, 9.0 ms through fetch). Node 24 has no such cliff. Through got's own `handlers`,
// each request of the gateway's got instances builds only the options that are set; HTTP/2, caching and Unix sockets,
// which the gateway never uses, keep got's own.
import { checkServerIdentity } from 'node:tls';

import type { HandlerFunction, Options } from 'got';

/** got's `https` settings by the names Node's TLS options give them (as got's createNativeRequestOptions maps them). */
const TLS_OPTION_NAMES = {
  ALPNProtocols: 'alpnProtocols',
  ca: 'certificateAuthority',
  cert: 'certificate',
  key: 'key',
  passphrase: 'passphrase',
  pfx: 'pfx',
  rejectUnauthorized: 'rejectUnauthorized',
  checkServerIdentity: 'checkServerIdentity',
  servername: 'serverName',
  ciphers: 'ciphers',
  honorCipherOrder: 'honorCipherOrder',
  minVersion: 'minVersion',
  maxVersion: 'maxVersion',
  sigalgs: 'signatureAlgorithms',
  sessionTimeout: 'tlsSessionLifetime',
  dhparam: 'dhparam',
  ecdhCurve: 'ecdhCurve',
  crl: 'certificateRevocationLists',
  secureOptions: 'secureOptions',
} as const;
const TLS_OPTIONS = Object.entries(TLS_OPTION_NAMES);

/** The request options got would give Node, without the ones that are undefined. */
export function leanNativeRequestOptions(options: Options): Record<string, unknown> {
  const { url, https } = options;
  const secure = url instanceof URL && url.protocol === 'https:';
  const native: Record<string, unknown> = {
    method: options.method,
    headers: options.headers,
    setHost: options.setHost,
  };
  setDefined(native, 'agent', secure ? options.agent.https : options.agent.http);
  const { dnsCache } = options;
  // CacheableLookup binds its lookup to itself, and got passes it the same way.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  setDefined(native, 'lookup', options.dnsLookup ?? (typeof dnsCache === 'object' ? dnsCache.lookup : undefined));
  setDefined(native, 'family', options.dnsLookupIpVersion);
  setDefined(native, 'maxHeaderSize', options.maxHeaderSize);
  setDefined(native, 'localAddress', options.localAddress);
  setDefined(native, 'createConnection', options.createConnection);
  for (const [name, key] of TLS_OPTIONS) setDefined(native, name, https[key]);
  // got's default, as it gives it (Node's own).
  native['checkServerIdentity'] ??= checkServerIdentity;
  return native;
}

function setDefined(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

/** A got handler that gives each plain HTTP/1.1 request the lean options. */
export const leanRequestOptions: HandlerFunction = (options, next) => {
  // `options` is undefined when got could not build them: got reports that itself.
  if ((options as Options | undefined) && !options.http2 && !options.cache && !isUnixSocket(options)) {
    options.createNativeRequestOptions = function createNativeRequestOptions(this: Options) {
      return leanNativeRequestOptions(this) as ReturnType<Options['createNativeRequestOptions']>;
    };
  }
  return next(options);
};

/** got's `unix:` URLs (socket paths), which its own options handle. */
function isUnixSocket(options: Options): boolean {
  return options.url instanceof URL && options.url.hostname === 'unix';
}
