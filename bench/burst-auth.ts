// Service-token settings shared by the burst scenario's gateway (server-child.ts) and its users (burst.ts).
export const BURST_AUTH = {
  jwtSecret: 'bench-burst-secret-of-at-least-32-bytes!',
  issuer: 'bench',
  audience: 'call-log-gateway',
  locationsClaim: 'locations',
} as const;
