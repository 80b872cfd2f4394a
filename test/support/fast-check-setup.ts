import fc from "fast-check";

// A fixed seed keeps CI reproducible; fast-check prints the seed and path of any failure,
// and FC_SEED=<n> replays or explores another one locally.
const seed = process.env.FC_SEED === undefined ? 20261123 : Number(process.env.FC_SEED);
fc.configureGlobal({ seed, numRuns: Number(process.env.FC_RUNS ?? 100) });
