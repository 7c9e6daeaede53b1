/*
 * The compliance constants page features use at run time, without zod: the editor and product
 * list chunks carry no zod (issue 11). lib/compliance/finding.ts builds its schemas from these.
 */

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Rank used for sorting and for picking the strongest of several rules. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };

/** Fields of a listing we lint; order here is the order findings are sorted in. */
export const FIELD_ORDER = ['title', 'shortTitle', 'sellingPoint', 'detail'] as const;
export type Field = (typeof FIELD_ORDER)[number];
