import { Field, ObjectType } from 'type-graphql';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Viewer } from '../auth/viewer.js';

/** What an edit does to a person that an admin may not do to themselves. */
export interface PersonChange {
  changesRole: boolean;
  deactivates: boolean;
}

/**
 * Why `viewer` may not make `change` to `person`, or null: no one changes their own role or
 * deactivates themselves, so an instansi cannot lose its last admin by accident. `updateUser`
 * refuses with it and `User.viewerMay` answers from it.
 */
export function selfChangeRefusal(
  viewer: Pick<Viewer, 'id'>,
  person: { id: string },
  change: PersonChange,
): RefusalReason.SELF_CHANGE | null {
  return person.id === viewer.id && (change.changesRole || change.deactivates)
    ? RefusalReason.SELF_CHANGE
    : null;
}

@ObjectType({
  description:
    'What the viewer may change about a person when editing them (updateUser), by the rule it checks.',
})
export class UserViewerMay {
  @Field({ description: 'Gives them another role.' })
  changeRole: boolean;

  @Field({ description: 'Deactivates their account.' })
  deactivate: boolean;
}

export function userViewerMay(viewer: Pick<Viewer, 'id'>, person: { id: string }): UserViewerMay {
  const allowed = (change: PersonChange) => selfChangeRefusal(viewer, person, change) === null;
  return Object.assign(new UserViewerMay(), {
    changeRole: allowed({ changesRole: true, deactivates: false }),
    deactivate: allowed({ changesRole: false, deactivates: true }),
  });
}
