// The base64 digests that Subresource Integrity and Content-Security-Policy hash sources use.
import { createHash } from "node:crypto";

export const sri = (algorithm, bytes) => `${algorithm}-${createHash(algorithm).update(bytes).digest("base64")}`;
