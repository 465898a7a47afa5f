import { Link } from 'react-router';
import { type LinkedUnit, type UnitPage, unitHref } from './unit-href';

export function UnitLink({ unit, page }: { unit: LinkedUnit; page?: UnitPage }) {
  return (
    <Link to={unitHref(unit, page)} data-testid="unit-link">
      {unit.name}
    </Link>
  );
}
