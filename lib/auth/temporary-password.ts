import { randomInt } from "node:crypto";

// No 0/o, 1/l/i: the admin reads it out or types it into a message, so nothing should be
// mistaken for anything else. 31 symbols x 20 = about 99 bits, far beyond guessing.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const GROUPS = 4;
const GROUP_LENGTH = 5;

/** A strong one-off password such as `k7mq2-x9tfp-ahr3e-5wzcu`, for an admin to hand over. */
export function generateTemporaryPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = "";
    for (let i = 0; i < GROUP_LENGTH; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}
