// biome-ignore lint/suspicious/noEmptyInterface: filled in by the policies area
export interface PolicyTables {}
