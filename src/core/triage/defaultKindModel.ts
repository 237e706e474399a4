import { KIND_MODEL_DATA } from './kindModelData';
import { KindModel } from './kindModel';

let model: KindModel | null = null;

/** The shipped kind model (decoded on first use). */
export function defaultKindModel(): KindModel {
  model ??= new KindModel(KIND_MODEL_DATA);
  return model;
}
