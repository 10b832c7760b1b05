// biome-ignore lint/suspicious/noEmptyInterface: filled in by the bookings area
export interface BookingTables {}
