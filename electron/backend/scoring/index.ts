// Scoring of APA indicators and plans (shared/domain.md §4): pure functions, no I/O.
export { levelFor, levelFromAnalysis, appliedRule, type LevelResult } from './level.js';
export { rollUp, defaultMethod, type RollUpResult } from './roll-up.js';
export { analyseTargets, isBetter, reaches, type TargetAnalysis, type TargetPoint, type TargetCells } from './targets.js';
export { scoreIndicator, periodEndOrNull, type ScoreIndicatorOptions } from './indicator.js';
export { scorePlan, scoreAreas, sumUp, type ScorePlanOptions } from './plan.js';
export { isBlank, type ValueForm } from './comparable-values.js';
export * from '../../../common/score-document/schema.js';
