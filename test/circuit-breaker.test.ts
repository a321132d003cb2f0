// The circuit breaker in front of Redis: failures in a row open it, a success in between does not; once open, only
// its own probe, after the cool-down, can close it, and a failed probe keeps it open for another cool-down.
import { describe, expect, it } from 'vitest';

import { CircuitBreaker, type CircuitState } from '../src/circuit-breaker.js';
import { until } from './helpers/wait.js';

function breaker(probe: () => Promise<unknown>) {
  const states: CircuitState[] = [];
  let probes = 0;
  const circuit = new CircuitBreaker({
    failureThreshold: 3,
    coolDownMs: 20,
    probe: () => {
      probes++;
      return probe();
    },
    onStateChange: (state) => states.push(state),
  });
  return { circuit, states, probes: () => probes };
}

describe('circuit breaker', () => {
  it('opens only after the threshold of failures in a row', () => {
    const { circuit } = breaker(() => Promise.resolve());
    circuit.failed();
    circuit.failed();
    circuit.succeeded();
    circuit.failed();
    circuit.failed();
    expect(circuit.allowsCalls).toBe(true);
    circuit.failed();
    expect(circuit.state).toBe('open');
    expect(circuit.allowsCalls).toBe(false);
    circuit.stop();
  });

  it('stays open while its probe fails, and closes when a probe is answered', async () => {
    let answering = false;
    const { circuit, states, probes } = breaker(() => (answering ? Promise.resolve() : Promise.reject(new Error())));
    for (let failure = 0; failure < 3; failure++) circuit.failed();
    await until(() => probes() >= 2);
    expect(circuit.allowsCalls).toBe(false);
    answering = true;
    await until(() => circuit.state === 'closed');
    expect(states.slice(0, 4)).toEqual(['open', 'half-open', 'open', 'half-open']);
    expect(states.at(-1)).toBe('closed');
    circuit.stop();
  });
});
