/**
 * A source's file name as articles record it in `source:`: letters, digits, `_`, `.` and `-`.
 * Names with spaces or other characters would lose that provenance, so ingest refuses them.
 * Kept free of Node imports: the normalizer uses it too.
 */
export const SOURCE_FILE_NAME = /^[\w.-]+\.txt$/;
