import { column, dayColumn, enumColumn, type TypeProjection } from '../../public-api/compiled/projection.js';

/** A timeline step as the public API reads it from `stage_event`. */
export const stageEventProjection: TypeProjection = {
  type: 'StageEvent',
  fields: {
    stage: enumColumn('stage', 'Stage'),
    occurredOn: dayColumn('occurred_on'),
    year: column('year'),
    note: column('note'),
    sourceUrl: column('source_url'),
  },
};
