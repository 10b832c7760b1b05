// The fast scanner's hot loops in WebAssembly (AssemblyScript source; `npm run build:kernel` builds
// scan-kernel.wasm from this entry file). JavaScript's optimising compiler needs thousands of comments
// to settle on these loops and drops them again at every new kind of character; WebAssembly is
// compiled ahead of the first comment (decision 0006). The meaning of the fold is the normaliser's
// (normalise.ts, fold-table.ts); the kernel's tests check it against the normaliser.
//
// Memory is the host's (scan-kernel.ts): it fills the tables at the addresses of memory.as.ts.

export * from './memory.as';
export { initAutomaton, initModel, match } from './automaton.as';
export { addAstral, fold } from './fold.as';
export { useNear } from './near.as';
