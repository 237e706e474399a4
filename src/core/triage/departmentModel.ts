import { TextModel, type TextModelWeights } from './kindModel';
import { DEPARTMENT_MODEL_DATA } from './departmentModelData';

/**
 * The department model backs the department rules where they have little to say: a text model
 * (the kind model's kind: logistic regression over the author's own words, bigrams and word
 * starts) trained by `scripts/train-department-model.ts` on the repository's labelled inboxes,
 * with the seven default departments as classes. People name the matter in more words than any
 * keyword list holds ("pengar för hyra", "basen på sportlovet"); the model weighs all of them.
 *
 * It decides only where the rules are weak (see `decideDepartmentWithModel` in `decide.ts`): when
 * no rule names a department (the fallback), when one weak keyword does, or when the rules of two
 * departments score close and the model picks the runner-up — never over a decisive rule, a
 * department the kind always goes to, or clear rule evidence. Its thresholds are chosen
 * by leave-one-municipality-out cross-validation with the rules as they were before each inbox
 * was added (a new municipality's situation). A municipality that renamed or removed a default
 * department only ever gets a department it has configured.
 */
export interface DepartmentModelData extends TextModelWeights {
  version: 1;
  /** The default department ids of the weight columns, in order. */
  departments: string[];
  /** Lowest probability at which the model's department replaces the fallback (no rule named one). */
  fallback: number;
  /** Lowest probability at which the model's department replaces one weak rule hit (null = never). */
  weak: number | null;
  /**
   * Lowest probability at which, when two departments' rules score close (a close call), the
   * model's pick of the runner-up replaces the rules' winner (null or absent = never).
   */
  close?: number | null;
}

/** A loaded department model. */
export class DepartmentModel extends TextModel<string> {
  readonly data: DepartmentModelData;

  constructor(data: DepartmentModelData) {
    super(data, data.departments, data.departments, 'department model');
    this.data = data;
  }
}

let model: DepartmentModel | null | undefined;

/** The shipped department model (decoded on first use), or null when none is shipped. */
export function defaultDepartmentModel(): DepartmentModel | null {
  if (model === undefined) model = DEPARTMENT_MODEL_DATA === null ? null : new DepartmentModel(DEPARTMENT_MODEL_DATA);
  return model;
}
