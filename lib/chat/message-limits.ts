/** Shared by the send schema and the browser's text box. */
export const MESSAGE_MAX_LENGTH = 4000;
