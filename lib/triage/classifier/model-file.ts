import { z } from "@/lib/validation/zod";
import type { SoftmaxModel } from "./softmax-model";
import { CLASSIFIER_CATEGORIES } from "../triage-schemas";

/**
 * The committed model data file. Weights are quantised to int8 per class and
 * stored as base64, which keeps 8 classes x 2^16 buckets under a megabyte.
 */
export const triageModelFileSchema = z.object({
  format: z.literal("fikiri-triage-softmax-v1"),
  dim: z.number().int().positive(),
  categories: z.array(z.string()),
  temperature: z.number().positive(),
  // Minimum calibrated route probability for the classifier to decide alone.
  thresholds: z.object({ spam: z.number(), automated: z.number(), attention: z.number() }),
  bias: z.array(z.number()),
  scales: z.array(z.number()),
  weights: z.string(),
  trainedAt: z.string(),
  sources: z.array(z.string()),
  // Comma-separated fingerprints (training-fingerprints.ts) of the training emails' raw bytes.
  trainingFingerprints: z.string().default(""),
  crossValidation: z.record(z.string(), z.unknown()),
});
export type TriageModelFile = z.infer<typeof triageModelFileSchema>;

export interface TriageModel extends SoftmaxModel {
  thresholds: TriageModelFile["thresholds"];
}

export function quantize(model: SoftmaxModel): { scales: number[]; bytes: Int8Array } {
  const bytes = new Int8Array(model.weights.length);
  const scales: number[] = [];
  for (let c = 0; c < model.classes; c++) {
    const row = model.weights.subarray(c * model.dim, (c + 1) * model.dim);
    const max = row.reduce((m, w) => Math.max(m, Math.abs(w)), 0) || 1;
    const scale = max / 127;
    scales.push(scale);
    for (let i = 0; i < row.length; i++) bytes[c * model.dim + i] = Math.round(row[i]! / scale);
  }
  return { scales, bytes };
}

export function dequantize(scales: number[], bytes: Int8Array, dim: number): Float32Array {
  const weights = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) weights[i] = bytes[i]! * scales[Math.floor(i / dim)]!;
  return weights;
}

/** The model as it will be used after a round trip through the file (quantised). */
export function roundTrip(model: SoftmaxModel): SoftmaxModel {
  const { scales, bytes } = quantize(model);
  return { ...model, weights: dequantize(scales, bytes, model.dim) };
}

export function encodeModelFile(model: TriageModel, meta: Pick<TriageModelFile, "trainedAt" | "sources" | "crossValidation"> & { trainingFingerprints?: string }): TriageModelFile {
  const { scales, bytes } = quantize(model);
  return {
    format: "fikiri-triage-softmax-v1",
    dim: model.dim,
    categories: [...CLASSIFIER_CATEGORIES],
    temperature: model.temperature,
    thresholds: model.thresholds,
    bias: Array.from(model.bias, (b) => Math.round(b * 1e4) / 1e4),
    scales,
    weights: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64"),
    trainingFingerprints: "",
    ...meta,
  };
}

export function decodeModelFile(json: unknown): TriageModel {
  const file = triageModelFileSchema.parse(json);
  if (file.categories.join() !== CLASSIFIER_CATEGORIES.join()) throw new Error("Triage model categories do not match this build");
  const buffer = Buffer.from(file.weights, "base64");
  const bytes = new Int8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (bytes.length !== file.dim * file.categories.length) throw new Error("Triage model weights have the wrong size");
  return {
    dim: file.dim,
    classes: file.categories.length,
    weights: dequantize(file.scales, bytes, file.dim),
    bias: Float32Array.from(file.bias),
    temperature: file.temperature,
    thresholds: file.thresholds,
  };
}
