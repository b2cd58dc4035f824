/** Client-chosen ids become part of stream names and URLs: letters, digits, `-` and `_` only. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
export const ID_MESSAGE = '$property must be 1-100 letters, digits, "-" or "_", starting with a letter or digit';
