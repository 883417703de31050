/** Whether a file's bytes begin with a signature ("magic number") or a byte-order mark. */
export const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);
