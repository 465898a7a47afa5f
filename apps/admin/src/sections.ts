/**
 * The portal's sections, one line each: the routes, the nav and the messages are made from them, and
 * each brings its styles (decision 0045).
 */
export { section as actionPlans } from './action-plans';
export { section as answerHistory } from './answer-history';
export { section as auth } from './auth';
export { section as coaching } from './coaching';
export { section as compare } from './compare';
export { section as dashboard } from './dashboard';
export { section as deadlines } from './deadlines';
export { section as editing } from './editing';
export { section as evidence } from './evidence';
export { section as followUps } from './follow-ups';
export { section as guidance } from './guidance';
export { section as letterhead } from './letterhead';
export { section as monitoring } from './monitoring';
export { section as notifications } from './notifications';
export { section as queue } from './queue';
export { section as registry } from './registry';
export { section as secondReview } from './second-review';
export { section as surveys } from './surveys';
export { section as units } from './units';
export { section as users } from './users';
export { section as workflow } from './workflow';
export { section as worksheet } from './worksheet';
