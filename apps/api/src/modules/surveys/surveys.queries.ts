import { defineQuery } from '../../common/sql-query.js';

/** An open form's period with what its page shows and the day it keeps (its instansi's zone). */
export interface FormPeriodRow {
  id: string;
  code: string;
  title: string;
  startsOn: string;
  endsOn: string;
  instruments: string[];
  scalePoints: number;
  serviceTypes: string[];
  closedAt: Date | null;
  unitId: string;
  unitName: string;
  instansiName: string;
  timeZone: string;
}

/** The period a public form's code names. */
export const formPeriodByCode = defineQuery<{ code: string }, FormPeriodRow>({
  sql: `SELECT p.id, p.code, p.title, p.starts_on AS "startsOn", p.ends_on AS "endsOn", p.instruments,
          p.scale_points AS "scalePoints", p.service_types AS "serviceTypes", p.closed_at AS "closedAt",
          u.id AS "unitId", u.name AS "unitName", i.name AS "instansiName", i.time_zone AS "timeZone"
        FROM survey_period p JOIN unit u ON u.id = p.unit_id JOIN instansi i ON i.id = u.instansi_id
        WHERE p.code = :code AND u.archived_at IS NULL`,
  columns: {
    id: 'uuid',
    code: 'text',
    title: 'text',
    startsOn: 'date',
    endsOn: 'date',
    instruments: 'text[]',
    scalePoints: 'integer',
    serviceTypes: 'text[]',
    closedAt: 'timestamp with time zone',
    unitId: 'uuid',
    unitName: 'text',
    instansiName: 'text',
    timeZone: 'text',
  },
});

/**
 * What decides how a new response is taken: whether this device answered this unit since its
 * instansi's day began, how many came from this address to this period in the last hour, and whether the
 * same service and ratings came from it that day.
 */
export const submissionFacts = defineQuery<
  {
    unitId: string;
    periodId: string;
    deviceKey: string;
    addressKey: string;
    today: string;
    zone: string;
    ratings: string;
    serviceType: string | null;
  },
  { deviceAnswered: boolean; fromAddressLastHour: number; sameAnswers: boolean }
>({
  sql: `SELECT
          EXISTS (SELECT 1 FROM survey_response r JOIN survey_period p ON p.id = r.period_id
                  WHERE r.device_key = :deviceKey AND r.received_at >= (:today::date::timestamp AT TIME ZONE :zone) AND p.unit_id = :unitId)
            AS "deviceAnswered",
          (SELECT count(*)::int FROM survey_response
           WHERE period_id = :periodId AND address_key = :addressKey
             AND received_at > now() - interval '1 hour') AS "fromAddressLastHour",
          EXISTS (SELECT 1 FROM survey_response
                  WHERE period_id = :periodId AND address_key = :addressKey AND received_at >= (:today::date::timestamp AT TIME ZONE :zone)
                    AND ratings = :ratings::jsonb AND service_type IS NOT DISTINCT FROM :serviceType::text)
            AS "sameAnswers"`,
  columns: { deviceAnswered: 'boolean', fromAddressLastHour: 'integer', sameAnswers: 'boolean' },
});

/** Responses received, excluded, used, and flagged ones no one has decided on, per period. */
export const periodCounts = defineQuery<
  { ids: string[] },
  { periodId: string; received: number; excluded: number; used: number; awaitingDecision: number }
>({
  sql: `SELECT s.period_id AS "periodId", count(*)::int AS received,
          count(*) FILTER (WHERE s.excluded)::int AS excluded,
          count(*) FILTER (WHERE NOT s.excluded)::int AS used,
          count(*) FILTER (WHERE cardinality(r.flags) > 0 AND NOT s.decided)::int AS "awaitingDecision"
        FROM survey_response_standing s JOIN survey_response r ON r.id = s.response_id
        WHERE s.period_id = ANY(:ids::uuid[])
        GROUP BY s.period_id`,
  columns: {
    periodId: 'uuid',
    received: 'integer',
    excluded: 'integer',
    used: 'integer',
    awaitingDecision: 'integer',
  },
});

/** Excluded responses by reason, per period. */
export const exclusionsByReason = defineQuery<
  { ids: string[] },
  { periodId: string; reason: string; count: number }
>({
  sql: `SELECT period_id AS "periodId", reason, count(*)::int AS count
        FROM survey_response_standing WHERE excluded AND period_id = ANY(:ids::uuid[])
        GROUP BY period_id, reason ORDER BY reason`,
  columns: { periodId: 'uuid', reason: 'text', count: 'integer' },
});

/**
 * Each item's total of ratings over the used responses of a period, by service type and
 * instrument (position from 0), with how many used responses rated it.
 */
export const itemTotals = defineQuery<
  { periodId: string },
  { serviceType: string | null; instrument: string; position: number; total: number; ratings: number }
>({
  sql: `SELECT r.service_type AS "serviceType", i.instrument, (s.position - 1)::int AS position,
          sum(s.rating::int)::int AS total, count(*)::int AS ratings
        FROM survey_response r
        JOIN survey_response_standing st ON st.response_id = r.id AND NOT st.excluded
        CROSS JOIN LATERAL jsonb_each(r.ratings) AS i(instrument, list)
        CROSS JOIN LATERAL jsonb_array_elements_text(i.list) WITH ORDINALITY AS s(rating, position)
        WHERE r.period_id = :periodId
        GROUP BY r.service_type, i.instrument, s.position`,
  columns: {
    serviceType: 'text',
    instrument: 'text',
    position: 'integer',
    total: 'integer',
    ratings: 'integer',
  },
});

/** A response as the portal lists it, with its standing. */
export interface ResponseRow {
  id: string;
  receivedAt: Date;
  serviceType: string | null;
  ratings: Record<string, number[]>;
  secondsTaken: number | null;
  flags: string[];
  excluded: boolean;
  reason: string | null;
  decided: boolean;
}

/** A period's responses, newest first: all, or only the flagged or excluded ones. */
export const periodResponses = defineQuery<
  { periodId: string; noticedOnly: boolean; limit: number },
  ResponseRow
>({
  sql: `SELECT r.id, r.received_at AS "receivedAt", r.service_type AS "serviceType", r.ratings,
          r.seconds_taken AS "secondsTaken", r.flags, s.excluded, s.reason, s.decided
        FROM survey_response r JOIN survey_response_standing s ON s.response_id = r.id
        WHERE r.period_id = :periodId AND (NOT :noticedOnly OR cardinality(r.flags) > 0 OR s.excluded)
        ORDER BY r.received_at DESC, r.id DESC LIMIT :limit`,
  columns: {
    id: 'uuid',
    receivedAt: 'timestamp with time zone',
    serviceType: 'text',
    ratings: 'jsonb',
    secondsTaken: 'integer',
    flags: 'text[]',
    excluded: 'boolean',
    reason: 'text',
    decided: 'boolean',
  },
});
