/*
 * The shapes of identifiers every route accepts. Ids become part of stream names and URLs, so they are
 * restricted to letters, digits, "-" and "_"; LEA ids as the clearance policy file accepts them.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
export const ID_MESSAGE = '$property must be 1-100 letters, digits, "-" or "_", starting with a letter or digit';
export const LEA_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const LEA_MESSAGE = '$property must be an LEA id: 1-64 letters, digits, ".", "_" or "-"';
export const SCHOOL_YEAR_PATTERN = /^\d{4}-\d{2}$/;
export const SCHOOL_YEAR_MESSAGE = '$property must be a school year such as 2026-27';
