/** One figure of an evaluation set: a name, a value in [0, 1] (or a count), how many cases it rests on. */
export interface Metric {
  metric: string;
  value: number;
  /** Number of gold items (or cases) the figure rests on. */
  n: number;
}

export interface EvalSet {
  /** Short id used by `--set` and in floors.json. */
  name: string;
  describe: string;
  /** Null when the set can run; otherwise why not (e.g. the dev data is missing). */
  unavailable(): string | null;
  run(): Promise<Metric[]>;
}
