import { registerEnumType } from 'type-graphql';

/** The direction of every ordered list in both schemas. */
export enum OrderDirection {
  ASC = 'asc',
  DESC = 'desc',
}
registerEnumType(OrderDirection, { name: 'OrderDirection' });
