/**
 * The rules of a scenario run, as pure functions: which turn comes next (branching),
 * what the trainee picked, the score and the review of mistakes. A run is nothing but
 * the list of picks; everything else is derived from it, so the component only renders.
 */
import {MISTAKES, type Mistake, type Scenario, type ScenarioOption, type ScenarioTurn} from '../../core/scenario';
import {renderPolicies, type RenderOptions} from '../../core/template';

export const END = 'end';

export interface Pick {
  turn: string;
  option: number;
}

export const turnById = (s: Scenario, id: string): ScenarioTurn | undefined => s.turns.find((t) => t.id === id);

export const bestOption = (turn: ScenarioTurn): ScenarioOption => turn.options.find((o) => o.best) ?? turn.options[0]!;

/** Where a reply leads: its `next`, else the turn written after this one, else the end. */
export function nextTurnId(s: Scenario, turnId: string, option: number): string {
  const index = s.turns.findIndex((t) => t.id === turnId);
  const chosen = s.turns[index]?.options[option];
  if (!chosen) throw new Error(`情景 ${s.id} 没有轮次 ${turnId} 的第 ${option + 1} 个选项`);
  return chosen.next ?? s.turns[index + 1]?.id ?? END;
}

/** The turn waiting for a reply after these picks, or END. */
export function currentTurnId(s: Scenario, picks: readonly Pick[]): string {
  let at = s.turns[0]?.id ?? END;
  for (const p of picks) {
    if (p.turn !== at) throw new Error(`情景 ${s.id}：选择记录与对话走向不一致（应为 ${at}，记录为 ${p.turn}）`);
    at = nextTurnId(s, p.turn, p.option);
  }
  return at;
}

export const isFinished = (s: Scenario, picks: readonly Pick[]) => currentTurnId(s, picks) === END;

/** The picks after replying with `option` to the current turn. */
export function choose(s: Scenario, picks: readonly Pick[], option: number): Pick[] {
  const turn = currentTurnId(s, picks);
  if (turn === END) throw new Error(`情景 ${s.id} 已经结束`);
  if (!turnById(s, turn)?.options[option]) throw new Error(`情景 ${s.id} 的轮次 ${turn} 没有第 ${option + 1} 个选项`);
  return [...picks, {turn, option}];
}

export interface Step {
  turn: ScenarioTurn;
  chosen: ScenarioOption;
  best: ScenarioOption;
  correct: boolean;
}

export const steps = (s: Scenario, picks: readonly Pick[]): Step[] =>
  picks.map((p) => {
    const turn = turnById(s, p.turn)!;
    const chosen = turn.options[p.option]!;
    return {turn, chosen, best: bestOption(turn), correct: chosen.best};
  });

export interface Review extends Step {
  mistake: Mistake;
  label: string;
}

export interface RunResult {
  answered: number;
  correct: number;
  /** 0–100: the share of turns answered with the reply that follows the SOP. */
  score: number;
  mistakes: Review[];
}

export function scoreRun(s: Scenario, picks: readonly Pick[]): RunResult {
  const all = steps(s, picks);
  const correct = all.filter((x) => x.correct).length;
  const mistakes = all
    .filter((x) => !x.correct)
    .map((x) => {
      const mistake = x.chosen.mistake ?? 'no_solution';
      return {...x, mistake, label: MISTAKES[mistake]};
    });
  return {answered: all.length, correct, score: all.length ? Math.round((100 * correct) / all.length) : 0, mistakes};
}

/** Every way through the conversation, as turn ids: for the data tests and the authors. */
export function allPaths(s: Scenario): string[][] {
  const out: string[][] = [];
  const walk = (at: string, path: string[]) => {
    if (at === END || path.length > s.turns.length) {
      out.push(path);
      return;
    }
    const turn = turnById(s, at);
    if (!turn) {
      out.push([...path, at]);
      return;
    }
    const targets = new Set(turn.options.map((_, i) => nextTurnId(s, at, i)));
    for (const next of targets) walk(next, [...path, at]);
  };
  walk(s.turns[0]?.id ?? END, []);
  return out;
}

/** Policy facts (`{policy.id}`) written into the text, as on every other page. */
export function renderScenario<S extends Omit<Scenario, 'turns'> & {turns: unknown}>(s: S, policies: RenderOptions['policies']): S {
  const r = (text: string) => renderPolicies(text, policies);
  const turns = Array.isArray(s.turns)
    ? (s.turns as ScenarioTurn[]).map((t) => ({
        ...t,
        customer: r(t.customer),
        options: t.options.map((o) => ({...o, reply: r(o.reply), feedback: r(o.feedback)})),
      }))
    : s.turns;
  return {
    ...s,
    situation: r(s.situation),
    profile: {...s.profile, description: r(s.profile.description)},
    ...(s.takeaway ? {takeaway: r(s.takeaway)} : {}),
    turns,
  };
}

/** The policy facts of the site's global data (`display` already formatted) for `renderScenario`. */
export const factsFromDisplay = (policies: Record<string, {display: string}>): RenderOptions['policies'] =>
  Object.fromEntries(Object.entries(policies).map(([id, f]) => [id, {value: f.display, unit: ''}]));

/** A scenario as the practice list receives it: `turns` is the number of turns written. */
export type ScenarioSummary = Omit<Scenario, 'turns'> & {turns: number};

/**
 * The order options are shown in: shuffled, so the best reply is not always A, but the
 * same on every visit and on the server and in the browser (seeded by scenario and turn).
 */
export function displayOrder(scenarioId: string, turnId: string, count: number): number[] {
  let seed = 2166136261;
  for (const ch of `${scenarioId}/${turnId}`) seed = Math.imul(seed ^ ch.codePointAt(0)!, 16777619) >>> 0;
  const next = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({length: count}, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Reply length as a reader sees it (code points, policy references as written). */
export const replyLength = (o: ScenarioOption): number => [...o.reply].length;

/** The index of the longest reply of a turn (the first one on a tie). */
export function longestOption(turn: ScenarioTurn): number {
  const lengths = turn.options.map(replyLength);
  return lengths.indexOf(Math.max(...lengths));
}

/** Play a whole run with a fixed strategy (for the data tests: can a run be won by style alone?). */
export function playWith(s: Scenario, strategy: (turn: ScenarioTurn) => number): Pick[] {
  let picks: Pick[] = [];
  for (let at = currentTurnId(s, picks); at !== END; at = currentTurnId(s, picks)) {
    if (picks.length > s.turns.length) throw new Error(`情景 ${s.id}：对话走不到结尾`);
    picks = choose(s, picks, strategy(turnById(s, at)!));
  }
  return picks;
}
