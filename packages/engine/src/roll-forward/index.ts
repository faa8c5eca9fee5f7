export { marksToReview, type ReviewMark } from './review-marks.js';
export { type Chain, type RollForward, rollForward } from './roll-forward.js';
