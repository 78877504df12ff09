/** How far ahead employees may book, and so how far every slot search looks. */
export const BOOKING_HORIZON_DAYS = 60;
