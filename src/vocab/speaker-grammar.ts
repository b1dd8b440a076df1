/** Function words used by the rules of `speakers-names.ts`. Lower-case. */

/** Determiners before a title phrase (`the attorney general`, `his spokesman`). */
export const DETERMINERS: readonly string[] = ['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our'];

/** Words that end a role phrase in an appositive (`a former officer | of ...`). */
export const ROLE_STOPS: readonly string[] = ['of', 'for', 'at', 'with', 'who', 'which', 'whose', 'in', 'on', 'from', 'to', 'and', 'or', 'but'];

/** Lower-case words inside an organization's name, skipped for its initials (`Office of Financial Sanctions Implementation` -> OFSI). */
export const NAME_CONNECTORS: readonly string[] = ['of', 'and', 'for', 'on', 'the', 'de', '&'];
