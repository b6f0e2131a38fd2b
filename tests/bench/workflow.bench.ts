/**
 * What one stage move costs in our engine (restore from JSON → transition → persist to JSON) next
 * to XState's bare pure `transition` on the same compiled machine, in the same process.
 * Run with `npm run bench:workflow`; the last line is JSON for comparing runs.
 */
import { performance } from 'node:perf_hooks';
import { transition as xstateTransition, type SnapshotFrom } from 'xstate';
import { BUILT_IN_DEFINITIONS } from '@berdaya/empowerment';
import {
  compile,
  start,
  transition,
  type MoveFacts,
  type WorkflowDefinition,
  type WorkflowMachine,
  type WorkflowSnapshot,
} from '@berdaya/workflow';

const ROUNDS = 5;
const ROUND_MS = 1_000;

const def = BUILT_IN_DEFINITIONS.find((d) => d.id === 'empowerment-default') as WorkflowDefinition;
const { machine } = compile(def);
const facts: MoveFacts = {
  reason: 'benchmark',
  checklist: def.stages.flatMap(function items(s): string[] {
    return [...(s.checklist ?? []).map((i) => i.id), ...(s.stages ?? []).flatMap(items)];
  }),
};

// Every move walks forward and back between the same two stages, so both runs do the same work.
const enterDialogue = transition(def, start(def), 'ADVANCE', facts);
if (!enterDialogue.ok) throw new Error(`cannot enter dialogue: ${enterDialogue.message}`);
const EVENTS = ['ADVANCE', 'BACK'];

function ours(iterations: number): void {
  let stored = JSON.stringify(enterDialogue.ok && enterDialogue.snapshot);
  for (let i = 0; i < iterations; i++) {
    const result = transition(def, JSON.parse(stored) as WorkflowSnapshot, EVENTS[i % 2], facts);
    if (!result.ok) throw new Error(result.message);
    stored = JSON.stringify(result.snapshot);
  }
}

function bare(iterations: number): void {
  let state: SnapshotFrom<WorkflowMachine> = machine.resolveState({
    value: enterDialogue.ok ? enterDialogue.snapshot.value : 'intake',
  });
  for (let i = 0; i < iterations; i++) {
    state = xstateTransition(machine, state, { type: EVENTS[i % 2], facts })[0];
  }
}

/** Operations per second over one round: batches until the round's time is used. */
function measure(run: (n: number) => void): number {
  const batch = 500;
  let done = 0;
  const begin = performance.now();
  while (performance.now() - begin < ROUND_MS) {
    run(batch);
    done += batch;
  }
  return done / ((performance.now() - begin) / 1000);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

measure(ours);
measure(bare);
const oursRuns: number[] = [];
const bareRuns: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  oursRuns.push(measure(ours));
  bareRuns.push(measure(bare));
}
const oursOps = Math.round(median(oursRuns));
const bareOps = Math.round(median(bareRuns));
const ratio = Number((oursOps / bareOps).toFixed(3));

console.log(`definition            ${def.id}@${def.version}`);
console.log(
  `berdaya transition    ${oursOps.toLocaleString('en')} moves/s (JSON restore + guards + persist)`,
);
console.log(`bare xstate transition ${bareOps.toLocaleString('en')} moves/s (in-memory snapshot)`);
console.log(`ratio                 ${ratio} (target >= 0.5)`);
console.log(
  JSON.stringify({
    bench: 'workflow',
    definition: `${def.id}@${def.version}`,
    oursOpsPerSec: oursOps,
    bareXstateOpsPerSec: bareOps,
    ratio,
    target: 0.5,
    rounds: ROUNDS,
    roundMs: ROUND_MS,
    node: process.version,
  }),
);
