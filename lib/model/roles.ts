/**
 * Who the user is to the person who died. A plain list, apart from the schemas (zod),
 * because the case form is on the panel's first screen (its first run), which loads no zod.
 */
export const userRoles = ['executor', 'spouse', 'child', 'other'] as const;
