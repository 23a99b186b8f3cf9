/** Vectors at rest: Float32 little-endian, packed (a quarter of the space of a float8[] and binary on the wire). */
export function packVector(values: ArrayLike<number>): Uint8Array<ArrayBuffer> {
  const buffer = new ArrayBuffer(values.length * 4);
  const view = new DataView(buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i]!, true);
  return new Uint8Array(buffer);
}

export function unpackVector(bytes: Uint8Array, into?: Float32Array, offset = 0): Float32Array {
  const n = Math.floor(bytes.byteLength / 4);
  const out = into ?? new Float32Array(n);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < n; i++) out[offset + i] = view.getFloat32(i * 4, true);
  return out;
}
