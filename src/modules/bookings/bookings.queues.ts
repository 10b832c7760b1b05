/** pg-boss queues of the bookings area (created at start by src/server.ts through bookingQueues). */
export const NO_SHOW_QUEUE = 'booking-no-show';
export const REMINDER_QUEUE = 'booking-reminder';
export const BOOKING_QUEUES = [NO_SHOW_QUEUE, REMINDER_QUEUE];
