/**
 * The question-type classifier: multinomial logistic regression over sparse binary features
 * (`features.ts`). `trainTypeModel` fits it (used by `train.ts`); `TypeClassifier` loads the saved
 * weights (`models/question-types.json`) and predicts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';
import { isQuestionType } from '../kb/index.js';
import type { QuestionType } from '../kb/index.js';
import { MODELS_DIR } from './words.js';

export const TYPE_MODEL_FILE = path.join(MODELS_DIR, 'question-types.json');

/** The saved model: per feature, the non-zero weights as `[labelIndex, weight]` pairs. */
export interface TypeModelFile {
  format: 'raredesk-question-types/1';
  trainedAt: string;
  labels: QuestionType[];
  bias: number[];
  weights: Record<string, Array<[number, number]>>;
  training: Record<string, unknown>;
}

export interface LabeledExample {
  features: string[];
  label: QuestionType;
  /** Relative weight of the example in the loss (default 1). */
  weight?: number;
}

/** Training settings, in one place. */
export const TRAINING = {
  epochs: 40,
  learningRate: 0.2,
  /** L2 penalty per update, scaled by the learning rate. */
  l2: 1e-4,
  /** Weights smaller than this are dropped from the saved model. */
  pruneBelow: 1e-3,
  seed: 7,
} as const;

/** Deterministic pseudo-random numbers (mulberry32), so training is reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function softmaxInPlace(scores: number[]): void {
  const max = Math.max(...scores);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    scores[i] = Math.exp(scores[i] - max);
    sum += scores[i];
  }
  for (let i = 0; i < scores.length; i++) scores[i] = scores[i] / sum;
}

/**
 * Fits multinomial logistic regression by stochastic gradient descent with AdaGrad step sizes and
 * L2 regularization. Returns the weights in the saved-model layout.
 */
export function trainTypeModel(
  examples: LabeledExample[],
  labels: QuestionType[],
  settings: typeof TRAINING = TRAINING,
): Pick<TypeModelFile, 'labels' | 'bias' | 'weights'> {
  const L = labels.length;
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const featureIndex = new Map<string, number>();
  const encoded = examples.map((ex) => ({
    x: ex.features.map((f) => {
      let i = featureIndex.get(f);
      if (i === undefined) featureIndex.set(f, (i = featureIndex.size));
      return i;
    }),
    y: labelIndex.get(ex.label)!,
    w: ex.weight ?? 1,
  }));
  const F = featureIndex.size;
  const W = new Float64Array(F * L);
  const G = new Float64Array(F * L).fill(1e-8);
  const bias = new Float64Array(L);
  const biasG = new Float64Array(L).fill(1e-8);
  const random = rng(settings.seed);
  const order = encoded.map((_, i) => i);
  const scores = new Array<number>(L).fill(0);

  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const ex = encoded[k];
      for (let l = 0; l < L; l++) {
        let s = bias[l];
        for (const f of ex.x) s += W[f * L + l];
        scores[l] = s;
      }
      softmaxInPlace(scores);
      for (let l = 0; l < L; l++) {
        const grad = ex.w * (scores[l] - (l === ex.y ? 1 : 0));
        biasG[l] += grad * grad;
        bias[l] -= (settings.learningRate * grad) / Math.sqrt(biasG[l]);
        for (const f of ex.x) {
          const idx = f * L + l;
          const g = grad + settings.l2 * W[idx];
          G[idx] += g * g;
          W[idx] -= (settings.learningRate * g) / Math.sqrt(G[idx]);
        }
      }
    }
  }

  const weights: Record<string, Array<[number, number]>> = {};
  for (const [feature, f] of featureIndex) {
    const row: Array<[number, number]> = [];
    for (let l = 0; l < L; l++) {
      const w = W[f * L + l];
      if (Math.abs(w) >= settings.pruneBelow) row.push([l, Math.round(w * 1e4) / 1e4]);
    }
    if (row.length > 0) weights[feature] = row;
  }
  return { labels, bias: [...bias].map((b) => Math.round(b * 1e4) / 1e4), weights };
}

/** A loaded model. */
export class TypeClassifier {
  readonly labels: QuestionType[];
  private readonly bias: number[];
  private readonly weights: Map<string, Array<[number, number]>>;

  constructor(model: Pick<TypeModelFile, 'labels' | 'bias' | 'weights'>) {
    const unknown = (model.labels as string[]).filter((l) => !isQuestionType(l));
    if (unknown.length > 0) {
      throw new AppError('bad_input', `question-type model has unknown labels: ${unknown.join(', ')}`);
    }
    this.labels = model.labels;
    this.bias = model.bias;
    this.weights = new Map(Object.entries(model.weights));
  }

  /** Reads the saved model (default `models/question-types.json`). */
  static load(file = TYPE_MODEL_FILE): TypeClassifier {
    let parsed: TypeModelFile;
    try {
      parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as TypeModelFile;
    } catch (err) {
      throw new AppError(
        'data_unavailable',
        `cannot read the question-type model ${file}; run \`npx tsx src/understand/train.ts\``,
        undefined,
        { cause: err },
      );
    }
    return new TypeClassifier(parsed);
  }

  /** Probability of each label for a feature set, in `labels` order. */
  probabilities(features: string[]): number[] {
    const scores = [...this.bias];
    for (const f of features) {
      const row = this.weights.get(f);
      if (row) for (const [l, w] of row) scores[l] += w;
    }
    softmaxInPlace(scores);
    return scores;
  }

  /** The most probable label and its probability; `allowed` restricts the choice when given. */
  predict(
    features: string[],
    allowed?: ReadonlySet<QuestionType>,
  ): { type: QuestionType; confidence: number } {
    const p = this.probabilities(features);
    let best = -1;
    for (let l = 0; l < p.length; l++) {
      if (allowed && !allowed.has(this.labels[l])) continue;
      if (best < 0 || p[l] > p[best]) best = l;
    }
    if (best < 0) return { type: 'other', confidence: 0 };
    return { type: this.labels[best], confidence: p[best] };
  }
}
