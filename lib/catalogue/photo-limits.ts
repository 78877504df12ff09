/** Photo limits shared by the upload form (checked before sending) and the server (checked again). */

/** What a phone camera produces; larger files are refused before decoding. */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const PHOTO_TOO_LARGE = "errors.photo.tooLarge";
