// biome-ignore lint/suspicious/noEmptyInterface: filled in by the staff area
export interface StaffTables {}
