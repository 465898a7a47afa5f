import { LocalDateResolver } from 'graphql-scalars';

/** A calendar date, `YYYY-MM-DD`; PostgreSQL `date` columns are read as such strings. */
export const LocalDate = LocalDateResolver;
