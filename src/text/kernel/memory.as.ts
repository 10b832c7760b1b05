// The kernel's memory map and its protocol with the host (scan-kernel.ts reads these exports and
// checks the layouts against its own at load).

// Fold table entry layout (fold-table.ts; the host checks these against its own at load).
export const KIND_SIMPLE: i32 = 1;
export const KIND_SEPARATOR: i32 = 2;
export const KIND_DROP: i32 = 3;
export const KIND_LONG_VOWEL: i32 = 4;
export const KIND_HIGH_SURROGATE: i32 = 5;
export const KIND_PAIR: i32 = 6;
export const KATAKANA_BIT: i32 = 19;
export const LIGHT_OUTPUT: i32 = 1 << 21;
export const LIGHT_ENDS_WITH_DOT: i32 = 1 << 22;
export const LIGHT_STARTS_ALNUM: i32 = 1 << 23;
export const WHITESPACE: i32 = 1 << 26;
export const REPORTED: i32 = 1 << 29;
export const HALF_WIDTH_BASE: i32 = 1 << 30;
export const PLAIN_MASK: i32 = (7 << 16) | HALF_WIDTH_BASE | LIGHT_OUTPUT | LIGHT_ENDS_WITH_DOT | WHITESPACE | REPORTED;
export const PLAIN_ENTRY: i32 = (KIND_SIMPLE << 16) | LIGHT_OUTPUT;

// Packed model weights (packed-weights.ts): two rules' integer sums per f64 lane.
export const LANE: f64 = 67108864; // 2^26

// Character information bits (INFO table).
export const INFO_KANA: u8 = 1;
export const INFO_LATIN: u8 = 2;
export const INFO_DIGIT: u8 = 4;

// fold() results below zero.
export const DECLINED: i32 = -1;
export const NEEDS_ENTRY: i32 = -2;
/** The text holds a character the sanitiser reports (control character, U+FFFD, broken surrogate pair). */
export const REPORTED_TEXT: i32 = -3;
// What the host must describe before a retry (header slot NEED_KIND).
export const NEED_UNIT: i32 = 1;
export const NEED_HALF_WIDTH: i32 = 2;
export const NEED_CODE_POINT: i32 = 3;

// Header slots (i32) the host reads after a call.
export const H_COMPACT_LENGTH: i32 = 0;
export const H_ANY: i32 = 1;
export const H_ALL: i32 = 2;
export const H_DOTS: i32 = 3;
export const H_NEED_KIND: i32 = 4;
export const H_NEED_A: i32 = 5;
export const H_NEED_B: i32 = 6;
export const H_FOUND: i32 = 7;
export const H_SIGNALS: i32 = 8;
export const H_NEAR_HITS: i32 = 9;
export const HEADER_SLOTS: i32 = 10;

// Automaton state fields and model lanes (scan-automaton.ts, packed-weights.ts; the host checks them).
export const NODE_STRIDE: i32 = 3;
export const OUTPUT: i32 = 1 << 30;
export const FAIL_MASK: i32 = OUTPUT - 1;
export const LANES: i32 = 8;


// The memory map. Fixed tables and the per-scan buffers sit at constant addresses (the hot loops
// address them with immediate offsets); the automaton's tables, whose sizes depend on the lexicon and
// model, follow from AUTOMATON, placed by the host (initAutomaton, initModel).
export const CAPACITY: i32 = 16384; // longest text the kernel folds (longer ones take the table fold)
export const FOUND_INTS: i32 = 2 * (CAPACITY + 2); // one (state, end) pair per view code and padding code
export const TABLE: usize = 65536; // i32 per UTF-16 unit: its fold-table entry
export const INFO: usize = TABLE + (65536 << 2); // u8 per UTF-16 unit: INFO_* bits
export const INWORD: usize = INFO + 65536; // u8 per ASCII unit: its in-word replacement, or 0
export const HALF: usize = INWORD + 128; // i32 per half-width kana × voiced mark
export const HALF_SLOTS: i32 = 2 * (0xff9d - 0xff61 + 1);
export const ASTRAL: usize = HALF + (<usize>HALF_SLOTS << 2); // (code point, entry) pairs, open addressing
export const ASTRAL_SLOTS: i32 = 4096;
export const CLASS_OF: usize = ASTRAL + (<usize>ASTRAL_SLOTS << 3); // u16 per UTF-16 unit: automaton class
// The near-copy prefilter's bit set of the tenant's official posts' 3-gram hashes (official-grams.ts).
export const NEAR_HASH_BITS: i32 = 16;
export const NEAR_BITS: usize = CLASS_OF + (65536 << 1); // u32 × 2^(NEAR_HASH_BITS − 5)
export const TEXT: usize = NEAR_BITS + (<usize>1 << (NEAR_HASH_BITS - 3)); // u16 × CAPACITY: the text to fold
export const CODES: usize = TEXT + (<usize>CAPACITY << 1); // u16 × CAPACITY: the match view
export const STARTS: usize = CODES + (<usize>CAPACITY << 1); // i32 × CAPACITY: each view code's original range
export const ENDS: usize = STARTS + (<usize>CAPACITY << 2);
export const KATA: usize = ENDS + (<usize>CAPACITY << 2); // u8 × CAPACITY: written in katakana
export const COMPACT: usize = KATA + <usize>CAPACITY; // u16 × CAPACITY: the text without whitespace
export const DOTS: usize = COMPACT + (<usize>CAPACITY << 1); // i32 × CAPACITY: where a link may start
export const HEADER: usize = DOTS + (<usize>CAPACITY << 2); // i32 × HEADER_SLOTS
export const SUMS: usize = HEADER + 64; // i32 × 16: the model's weight sum per rule
export const FOUND: usize = SUMS + 64; // (state, end) pairs where something ends
export const SIGNAL_LIST: usize = FOUND + (<usize>FOUND_INTS << 2); // the pairs of FOUND whose states carry signals
export const AUTOMATON: usize = (SIGNAL_LIST + (<usize>FOUND_INTS << 2) + 63) & ~63;
export const NODES: usize = AUTOMATON; // i32 × NODE_STRIDE per state slot: base, check, failure | OUTPUT

@inline export function header(slot: i32, value: i32): void { store<i32>(HEADER + (<usize>slot << 2), value); }
