import { SecondReviewsWaitingDocument } from '@zi/schema/admin';
import { usePolledCount } from '../polled-count';

/** How many worksheets wait for the viewer's second review, as the API counts them (usePolledCount). */
export const useSecondReviewsWaiting = (): number =>
  usePolledCount(SecondReviewsWaitingDocument, (data) => data.secondReviewsWaiting);
