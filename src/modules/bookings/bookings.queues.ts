/**
 * pg-boss queues of the bookings area (created at start by src/server.ts through bookingQueues). Each
 * gets a job every minute that sweeps all bookings; jobs queued per booking by earlier versions run
 * the same sweep.
 */
export const NO_SHOW_QUEUE = 'booking-no-show';
export const REMINDER_QUEUE = 'booking-reminder';
export const BOOKING_QUEUES = [NO_SHOW_QUEUE, REMINDER_QUEUE];
