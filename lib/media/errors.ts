/**
 * A refusal the uploader should read as is ("not an image", "too large"). Anything else thrown
 * while processing is a fault and gets a generic message instead.
 */
export class MediaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MediaError";
  }
}
