import type { secondReviewId } from './messages.id';

export const secondReviewEn: Record<keyof typeof secondReviewId, string> = {
  'secondReview.title': 'Second review by the team lead',
  'secondReview.intro':
    'When required, an evaluation the TPI evaluator approves is not finished yet: the team lead (ketua tim) of the unit’s evaluators, or the Inspektorat, reviews it and confirms it or sends it back to the TPI with a reason. Only once confirmed does the step “Evaluated by the TPI” appear on the unit’s public page. Whoever approved cannot confirm their own approval.',
  'secondReview.scope':
    'Applies to every unit of your instansi from the next approval on; worksheets already waiting for the team lead keep waiting for their decision.',
  'secondReview.required': 'The TPI’s evaluations need the team lead’s confirmation',
  'secondReview.saving': 'Saving…',
  'secondReview.savedOn': 'Saved: TPI approvals now wait for the team lead’s confirmation.',
  'secondReview.savedOff': 'Saved: a TPI approval now finishes the evaluation.',
};
