import * as v from 'valibot';
import { int } from './int.js';
import { type Organization, OrganizationSchema } from './organization.js';

/**
 * One page of organizations: `data` plus `total_count`, the number of
 * organizations matching the query in all pages.
 *
 * @example
 * import * as v from 'valibot';
 * import { OrganizationsSchema } from 'clerk-backend-fetch';
 * const page = v.parse(OrganizationsSchema, body);
 * console.log(page.total_count);
 *
 * @category Schemas
 */
export const OrganizationsSchema = v.looseObject({
  data: v.array(OrganizationSchema),
  total_count: int,
});

/**
 * One page of organizations with the total count.
 *
 * @category Models
 */
export interface Organizations {
  /** The organizations of this page. */
  data: Organization[];
  /** How many organizations match, in all pages. */
  total_count: number;
}
